import { describe, expect, test } from "vitest";
import { apaDate, longDate, mlaDate, parseDate, scholarDate } from "../src/lib/citation-date.ts";

describe("parseDate", () => {
  test.each([
    ["2024", { year: 2024 }],
    ["2024-09", { year: 2024, month: 9 }],
    ["2024-09-05", { year: 2024, month: 9, day: 5 }],
    ["2024-09-05T23:30:00Z", { year: 2024, month: 9, day: 5 }],
    ["2024-09-05T23:30:00+02:00", { year: 2024, month: 9, day: 5 }],
  ])("reads %s", (text, date) => {
    expect(parseDate(text)).toEqual(date);
  });

  test.each(["", "March 2024", "2024-13", "2024-02-30", "05/09/2024"])("leaves %j unread", (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe("date formats of the citation styles", () => {
  test.each([
    [{ year: 2024, month: 9, day: 5 }, "September 5, 2024", "5 Sept. 2024", "2024, September 5", "2024/09/05"],
    [{ year: 2024, month: 3, day: 1 }, "March 1, 2024", "1 Mar. 2024", "2024, March 1", "2024/03/01"],
    [{ year: 2024, month: 6 }, "June 2024", "June 2024", "2024, June", "2024/06"],
    [{ year: 2024, month: 5, day: 31 }, "May 31, 2024", "31 May 2024", "2024, May 31", "2024/05/31"],
    [{ year: 2024 }, "2024", "2024", "2024", "2024"],
  ])("%j reads %j (Chicago), %j (MLA), %j (APA), %j (Scholar)", (date, chicago, mla, apa, scholar) => {
    expect(longDate(date)).toBe(chicago);
    expect(mlaDate(date)).toBe(mla);
    expect(apaDate(date)).toBe(apa);
    expect(scholarDate(date)).toBe(scholar);
  });
});
