import { describe, expect, test } from "vitest";
import { viewSentence } from "../../src/claims/sentence-view.ts";
import { isFiniteVerb, tenseAspect } from "../../src/claims/tense-aspect.ts";
import { tokenize } from "../../src/claims/tokens.ts";

const read = (sentence: string) => tenseAspect(viewSentence(sentence));

describe("tenseAspect", () => {
  test.each([
    ["The council signed the lease on the harbour.", "past-event", "noun", "signed"],
    ["Maria Okafor founded the clinic with two nurses.", "past-event", "name", "founded"],
    ["We wrote the first draft over a weekend.", "past-event", "first", "wrote"],
    ["They sold the mill to a cooperative.", "past-event", "pronoun", "sold"],
    ["The prisoners were released at dawn.", "past-passive", "noun", "were released"],
    ["But the old ferry never sank.", "past-event", "noun", "sank"],
  ])("reads “%s” as a %s with a %s subject", (sentence, aspect, subject, verb) => {
    expect(read(sentence)).toEqual({ aspect, subject, verb });
  });

  test.each([
    "The plan was a mistake.",
    "The committee has approved the budget.",
    "Prices will rise after the harvest.",
    "The detailed survey is long.",
    "The mill seemed quiet that winter.",
    "If the mayor resigned, the council would collapse.",
  ])("finds no past event in “%s”", (sentence) => {
    expect(read(sentence)).toBeUndefined();
  });

  test("reads the main clause, not a fronted clause", () => {
    expect(read("After the storm passed, the school is open again.")).toBeUndefined();
  });
});

describe("isFiniteVerb", () => {
  test("tells a finite past from an -ed adjective after a determiner", () => {
    const tokens = tokenize("We carried the painted boxes home");
    expect(isFiniteVerb(tokens, 1)).toBe(true);
    expect(isFiniteVerb(tokens, 3)).toBe(false);
    expect(isFiniteVerb(tokenize("The crew was tired"), 2)).toBe(true);
    expect(isFiniteVerb(tokenize("The crew rested"), 1)).toBe(false);
  });
});
