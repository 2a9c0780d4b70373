import { describe, expect, test } from "vitest";
import { cuePhrase } from "../../src/claims/cue-phrases.ts";

describe("cuePhrase", () => {
  test.each([
    [{ name: "rule:ought:modal", detail: "should" }, 'decided by "should"'],
    [{ name: "rule:fact:number", detail: "500,000" }, 'a number reported as fact: "500,000"'],
    [{ name: "rule:report:reporting-verb", detail: "believe" }, 'reports what someone says or thinks: "believe"'],
    [{ name: "modal-sub:will", detail: "will" }, '"will" in a subordinate clause'],
    [{ name: "head:however", detail: "however" }, 'the main clause opens with "however"'],
    [{ name: "question", detail: "" }, "asked as a question"],
    // The pronoun "I" keeps its capital; an "i" inside a word does not change.
    [{ name: "head:i have", detail: "i have" }, 'the main clause opens with "I have"'],
    [{ name: "rule:report:reporting-verb", detail: "i'm told" }, 'reports what someone says or thinks: "I\'m told"'],
    [{ name: "head:it is", detail: "it is" }, 'the main clause opens with "it is"'],
    [
      { name: "rule:grant:allows-then-next-turns", detail: "can be" },
      'grants a point that the next sentence turns from: "can be"',
    ],
    [{ name: "aspect:past-event:name", detail: "signed" }, 'narrates a past event ("signed")'],
    [{ name: "next:fact", detail: "41,000" }, 'the next sentence reports a fact ("41,000")'],
    [
      { name: "previous-paragraph:report", detail: "argue" },
      'the previous paragraph\'s last sentence reports a view ("argue")',
    ],
    [{ name: "next-paragraph:ought", detail: "must" }, 'the next paragraph\'s first sentence prescribes ("must")'],
    [
      { name: "rule:report:impersonal", detail: "it is said" },
      'reports what is said, without saying who: "it is said"',
    ],
    [
      { name: "rule:report:reception", detail: "was met with derision" },
      'reports how others took it: "was met with derision"',
    ],
    [
      { name: "rule:report:censure", detail: "blamed … for" },
      'reports another party\'s praise or blame: "blamed … for"',
    ],
    [
      { name: "rule:report:what-they-say", detail: "what they told" },
      'equates it with another party\'s words: "what they told"',
    ],
    [
      { name: "rule:report:acts-on-view", detail: "with hopes that" },
      'another party acts on a view: "with hopes that"',
    ],
    [
      { name: "rule:report:as-if-they-thought", detail: "as if they thought" },
      'reads conduct as a view: "as if they thought"',
    ],
  ])("writes %o as “%s”", (feature, phrase) => {
    expect(cuePhrase(feature)).toBe(phrase);
  });
});
