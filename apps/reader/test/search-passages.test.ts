import { describe, expect, test } from "vitest";
import { matchedWords, passageExcerpt } from "../src/scripts/search-passages.ts";

const layout = { id: "p1", words: 0, kinds: [], actors: [] };

describe("matchedWords", () => {
  test.each([
    [["The", "signal."], [1], ["signal"]],
    [
      ["“Signals”", "and", "signal,"],
      [0, 2],
      ["signals", "signal"],
    ],
    [["a", "prisoner-of-war", "swap"], [1], ["prisoner-of-war"]],
    [["&lt;b&gt;bold&lt;/b&gt;"], [0], ["b>bold</b"]],
    [["—"], [0], []],
  ])("takes the words %j at %j as %j", (words, locations, expected) => {
    expect(matchedWords({ words, locations })).toEqual(expected);
  });
});

describe("passageExcerpt", () => {
  const words = Array.from({ length: 60 }, (_, i) => `w${i}`);

  test("marks the matched words and cuts around them with ellipses", () => {
    const excerpt = passageExcerpt({ layout, words, locations: [30] }, 10);
    expect(excerpt).toBe("… w28 w29 <mark>w30</mark> w31 w32 w33 w34 w35 w36 w37 …");
  });

  test("prefers the window holding the most matches", () => {
    const excerpt = passageExcerpt({ layout, words, locations: [2, 40, 42, 44] }, 8);
    expect(excerpt).toContain("<mark>w40</mark>");
    expect(excerpt).toContain("<mark>w44</mark>");
    expect(excerpt).not.toContain("w2 ");
  });

  test("starts at the beginning when nothing is matched (a search by filters alone)", () => {
    expect(passageExcerpt({ layout, words: words.slice(0, 3), locations: [] })).toBe("w0 w1 w2");
  });
});
