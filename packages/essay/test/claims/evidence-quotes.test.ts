import { describe, expect, test } from "vitest";
import { evidenceCues } from "../../src/claims/evidence.ts";
import { colonQuotation, introducesQuotation, quotationRunsOn } from "../../src/claims/evidence-quotes.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const colon = (text: string): string | undefined => colonQuotation(viewSentence(text));
const runsOn = (text: string): string | undefined => quotationRunsOn(viewSentence(text));

describe("colonQuotation", () => {
  test("reads a quotation introduced by a colon as words on record", () => {
    expect(colon('The notice on the gate reads: "No fee is charged on Sundays."')).toBe("gate reads:");
    expect(colon("Her letter to the board was blunt: “We cannot open the pool this summer.”")).toBe("was blunt:");
  });

  test("does not read an imagined reply as on record", () => {
    expect(colon('A tenant might answer: "The lease says nothing about pets."')).toBeUndefined();
    expect(colon('Suppose the clerk replies: "The office is closed."')).toBeUndefined();
  });

  test("needs the quotation mark right after the colon", () => {
    expect(colon("The rule is simple: nobody parks on the grass.")).toBeUndefined();
    expect(colon('She said "yes" and left.')).toBeUndefined();
  });
});

describe("introducesQuotation", () => {
  const introduces = (text: string): string | undefined => introducesQuotation(viewSentence(text));

  test("reads a closing colon after a past verb of saying as introducing a quotation", () => {
    expect(introduces("As the harbour master put it:")).toBe("put");
    expect(introduces("When the tenants complained, the landlord replied with:")).toBe("replied");
  });

  test("needs the colon at the end and a verb of saying before it", () => {
    expect(introduces("Here are the three steps:")).toBeUndefined();
    expect(introduces("The landlord replied at once.")).toBeUndefined();
  });
});

describe("quotationRunsOn", () => {
  test("finds a quotation opened and left open, or closed without being opened", () => {
    expect(runsOn("The mayor wrote: “We tried every option we had.")).toBe("opens");
    expect(runsOn("None of them worked, and the budget ran out in the spring.”")).toBe("closes");
    expect(runsOn('"We tried every option we had.')).toBe("opens");
    expect(runsOn('None of them worked."')).toBe("closes");
  });

  test("ignores a quotation that opens and closes in the sentence", () => {
    expect(runsOn("She called the plan “a good start” and moved on.")).toBeUndefined();
    expect(runsOn('He called it "a good start".')).toBeUndefined();
    expect(runsOn("There are no quotation marks here.")).toBeUndefined();
  });
});

describe("evidenceCues with quotations", () => {
  test("reads a sentence of a block quotation as words on record", () => {
    expect(evidenceCues(viewSentence("The roof leaks in every storm."), true)).toEqual(["block-quote"]);
    expect(evidenceCues(viewSentence("The roof leaks in every storm."))).toEqual([]);
  });

  test("adds the quotation cues to the figures", () => {
    expect(evidenceCues(viewSentence('In 2019 the report said: "Costs rose by a third."'))).toEqual([
      "date:2019",
      "quotation:report said:",
    ]);
    expect(evidenceCues(viewSentence("The inspector's note ends: “The roof must be replaced."))).toEqual([
      "quotation:note ends:",
      "quote-runs-on:opens",
    ]);
  });
});
