import { describe, expect, test } from "vitest";
import {
  encodeTextDirectiveTerm,
  sentenceLink,
  textDirectiveFor,
  textFragment,
  WHOLE_SENTENCE_WORDS,
} from "../src/lib/text-fragment.ts";

describe("encodeTextDirectiveTerm", () => {
  test.each([
    ["plain words", "Peace is possible", "Peace%20is%20possible"],
    ["a hyphen, which the syntax uses for prefix- and -suffix", "cease-fire", "cease%2Dfire"],
    ["a comma, which separates textStart and textEnd", "war, then talks", "war%2C%20then%20talks"],
    ["an ampersand, which separates directives", "R&D", "R%26D"],
    ["a hash and a percent sign", "#1 at 50%", "%231%20at%2050%25"],
    [
      "curly quotes and an apostrophe",
      "the adversary’s “intentions”",
      "the%20adversary%E2%80%99s%20%E2%80%9Cintentions%E2%80%9D",
    ],
  ])("encodes %s", (_, text, encoded) => {
    expect(encodeTextDirectiveTerm(text)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(text);
  });
});

describe("textDirectiveFor", () => {
  test(`quotes a sentence of up to ${WHOLE_SENTENCE_WORDS} words whole, with its whitespace squashed`, () => {
    expect(textDirectiveFor("The war will end in\n negotiations.")).toEqual({
      exact: "The war will end in negotiations.",
    });
  });

  test("finds a long sentence by three words at each end when they are unique", () => {
    const sentence = "Ukraine and its Western backers have precious little common ground with Russia today.";
    expect(textDirectiveFor(sentence)).toEqual({ start: "Ukraine and its", end: "with Russia today." });
  });

  test("takes more starting words while the first ones also occur earlier on the page", () => {
    const sentence = "In the middle of a war, it is hard to know whether an adversary is ready.";
    const page = `In the middle of the night nothing moved. ${sentence}`;
    expect(textDirectiveFor(sentence, page)).toEqual({ start: "In the middle of a", end: "adversary is ready." });
  });

  test("counts words case-insensitively and only where they stand as whole words", () => {
    const sentence = "Peace talks could begin once both sides signal their readiness to stop.";
    expect(textDirectiveFor(sentence, `PEACE TALKS COULD wait. ${sentence}`)).toEqual({
      start: "Peace talks could begin",
      end: "readiness to stop.",
    });
    expect(textDirectiveFor(sentence, `Peace talks couldn't wait. ${sentence}`)).toEqual({
      start: "Peace talks could",
      end: "readiness to stop.",
    });
  });

  test("takes more ending words while the last ones occur earlier in the sentence", () => {
    const sentence = "we said it again and again and again and again until they heard it again and again and again";
    expect(textDirectiveFor(sentence)).toEqual({ start: "we said it", end: "heard it again and again and again" });
  });

  test("falls back to the whole sentence when its ends cannot be made unique", () => {
    const sentence = "one two three four five six seven eight nine ten eleven twelve";
    const page = `${sentence} ${sentence}`;
    expect(textDirectiveFor(sentence, page)).toEqual({ exact: sentence });
  });

  test("adds the fewest words before it (prefix-) when the sentence recurs elsewhere on the page", () => {
    const sentence = "Talks must start now.";
    const page = `Margin: “${sentence}”\nThe costs keep rising. ${sentence} Nobody disagrees.`;
    const around = { before: "The costs keep rising. ", after: " Nobody disagrees." };
    expect(textDirectiveFor(sentence, page, around)).toEqual({ prefix: "rising.", exact: sentence });
  });

  test("adds words after it (-suffix) when nothing comes before it that could tell the two apart", () => {
    const sentence = "Talks must start now.";
    const page = `Margin: “${sentence}”\n${sentence} Nobody disagrees.`;
    const around = { before: "", after: " Nobody disagrees." };
    expect(textDirectiveFor(sentence, page, around)).toEqual({ exact: sentence, suffix: "Nobody" });
  });

  test("looks for a unique start in the sentence alone when the page is longer than 200,000 characters", () => {
    const sentence = "one two three four five six seven eight nine ten eleven twelve";
    const page = `${sentence} `.repeat(4000);
    expect(page.length).toBeGreaterThan(200_000);
    expect(textDirectiveFor(sentence, page)).toEqual({ start: "one two three", end: "ten eleven twelve" });
  });
});

describe("textFragment and sentenceLink", () => {
  test("write a short sentence as one encoded term", () => {
    expect(textFragment("A cease-fire, now & then.")).toBe(":~:text=A%20cease%2Dfire%2C%20now%20%26%20then.");
  });

  test("write a long sentence as textStart,textEnd with only the separating comma left bare", () => {
    const fragment = textFragment(
      "Even if a deal is out of the question, all parties should take steps now to prepare talks.",
    );
    expect(fragment).toBe(":~:text=Even%20if%20a,to%20prepare%20talks.");
  });

  test("write prefix- and -suffix around the terms, hyphens inside them encoded", () => {
    const page = "“Talks must start now.” A cease-fire first. Talks must start now. Yes.";
    expect(textFragment("Talks must start now.", page, { before: "A cease-fire first. ", after: " Yes." })).toBe(
      ":~:text=first.-,Talks%20must%20start%20now.",
    );
    expect(textFragment("Talks must start now.", page, { before: "", after: " Yes." })).toBe(
      ":~:text=Talks%20must%20start%20now.,-Yes.",
    );
  });

  test("link into the page at the paragraph, so browsers without text fragments still land nearby", () => {
    expect(sentenceLink("https://example.org/essay/#p1", "p3", "Peace is possible.")).toBe(
      "https://example.org/essay/#p3:~:text=Peace%20is%20possible.",
    );
  });
});
