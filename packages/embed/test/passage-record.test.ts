import { describe, expect, test } from "vitest";
import { isPassageRecord } from "../src/passage-record.ts";
import { passageRecord } from "./fixtures/records.ts";

describe("isPassageRecord", () => {
  test("accepts the record of a real passage", () => {
    expect(isPassageRecord(passageRecord())).toBe(true);
  });

  test("accepts a record without its optional fields", () => {
    const { previous: _previous, next: _next, ...record } = passageRecord();
    delete record.essay.author;
    expect(isPassageRecord(record)).toBe(true);
  });

  // Each case reaches into the record to break one field, so the record is deliberately untyped here.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const broken: [string, (record: Record<string, any>) => unknown][] = [
    ["a newer version", (record) => (record["version"] = 2)],
    ["another type", (record) => (record["type"] = "oembed")],
    ["no essay title", (record) => delete record["essay"].title],
    ["a passage text that is not a string", (record) => (record["passage"].text = 42)],
    ["no passage URL", (record) => delete record["passage"].url],
    ["a passage index that is not a number", (record) => (record["passage"].index = "3")],
    ["claims that are not a list", (record) => (record["claims"] = {})],
    ["a claim of an unknown kind", (record) => (record["claims"][0].kind = "rumour")],
    ["a claim without offsets", (record) => delete record["claims"][0].start],
    ["no site", (record) => delete record["site"]],
  ];
  test.each(broken)("rejects a record with %s", (_, breakIt) => {
    const record = passageRecord() as unknown as Parameters<(typeof broken)[number][1]>[0];
    breakIt(record);
    expect(isPassageRecord(record)).toBe(false);
  });

  test.each([null, undefined, "p3", 3, [], {}])("rejects %j", (value) => {
    expect(isPassageRecord(value)).toBe(false);
  });
});
