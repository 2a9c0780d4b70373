import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type BuildResult, buildSite, essaysFolder } from "./support/build-site.ts";

let build: BuildResult;
let single: BuildResult;

beforeAll(async () => {
  single = await buildSite(
    await essaysFolder({ "lone.txt": new Uint8Array([...new TextEncoder().encode("Title\n\nText "), 0x01]) }),
  );
  const essays = await essaysFolder({
    "good.txt": "A Good Essay\nIt has one paragraph.",
    "empty.txt": "",
    "binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
    "latin1.txt": new Uint8Array([...new TextEncoder().encode("Title\nFirst line.\nCaf"), 0xe9, 0x2e]),
    "front.md": "---\ntitle: [unclosed\n---\n\nBody.",
    "noted.txt": "A Noted Essay\nIts one paragraph has words.",
    "noted.notes.mdx": '<Note exact="one paragraph">\nAn unclosed note\n',
  });
  await mkdir(join(essays, "folder.txt"));
  build = await buildSite(essays);
}, 120_000);

describe("a library with bad essay files", () => {
  test("fails to build", () => {
    expect(build.ok).toBe(false);
  });

  test.each([
    ["empty.txt", /empty\.txt: the essay is empty/],
    ["binary.txt", /binary\.txt:\d+:\d+: the file holds binary data/],
    ["latin1.txt", /latin1\.txt:3:\d+: the file is not valid UTF-8/],
    ["front.md", /front\.md:\d+:\d+: the front matter is not valid YAML/],
    ["folder.txt", /folder\.txt: the path is a folder, not a file/],
    ["noted.notes.mdx", /noted\.notes\.mdx:\d+(:\d+)?: /],
  ])("names %s, the line where there is one, and what is wrong", (_file, pattern) => {
    expect(build.output).toMatch(pattern);
  });

  test("says what to do about each file", () => {
    expect(build.output).toContain("save the essay as UTF-8");
    expect(build.output).toContain("fix the YAML between the two '---' lines");
  });

  test("says each file's fix once, and the folder's once", () => {
    expect(build.output.split("save the essay as UTF-8")).toHaveLength(2);
    expect(build.output.split("fix or remove each file named above")).toHaveLength(2);
  });

  test("prints no stack trace", () => {
    expect(build.output).not.toMatch(/^\s+at .*\.js:\d+:\d+/m);
    expect(build.output).not.toContain("Stack trace");
  });

  test("does not blame the good essay", () => {
    expect(build.output).not.toMatch(/good\.txt:/);
  });
});

describe("a library with one bad essay", () => {
  test("reports it once, located at the essay's file, line and column, with its hint and no stack trace", () => {
    expect(single.ok).toBe(false);
    const output = single.output;
    expect(output.match(/lone\.txt:3:6: the file holds binary data/g)).toHaveLength(1);
    expect(output).toMatch(/\[BinaryEssay\]/);
    expect(output).toMatch(/Hint:\s+give the reader a plain-text/);
    expect(output).toMatch(/Location:\s+\S*lone\.txt:3:6/);
    expect(output).not.toContain("Stack trace");
    expect(output).not.toContain("content-layer.js");
  });
});
