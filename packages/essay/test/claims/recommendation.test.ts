import { describe, expect, test } from "vitest";
import { recommendationCues } from "../../src/claims/recommendation.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const cues = (text: string, listItem = false): string[] => recommendationCues(viewSentence(text), listItem);
const family = (text: string): string | undefined => cues(text)[0]?.split(":")[0];

describe("recommendationCues", () => {
  test("reads an impersonal proposal as a proposal", () => {
    expect(cues("It is proposed that the fee be waived for pensioners.")).toEqual(["proposal:it is proposed"]);
  });

  test("reads what is needed as prescriptive", () => {
    expect(cues("New bridges are needed to carry the traffic.")).toEqual(["prescriptive:are needed to"]);
  });

  test("reads a rule's 'shall' with a third-party subject as what is required", () => {
    expect(cues("The treasurer shall publish the accounts every quarter.")).toEqual(["deontic:treasurer shall"]);
    expect(cues("I shall publish the accounts next week.")).toEqual([]);
  });

  test("leaves an inferring 'must' alone and keeps a prescribing one", () => {
    expect(cues("Anyone who reads the ledger must feel some unease.")).toEqual([]);
    expect(cues("The total must be smaller than the grant.")).toEqual([]);
    expect(cues("The council must publish the tender before the vote.")).toEqual(["modal:must"]);
  });

  test("does not read a question with 'should' as advice, unless it urges", () => {
    expect(cues("Should the library open on Sundays?")).toEqual([]);
    expect(cues("What should the council do next?")).toEqual([]);
    expect(family("Shouldn't we open the library on Sundays?")).toBe("modal");
  });

  test("does not read 'I should think' or 'I need to start with' as advice", () => {
    expect(cues("I should think the river is lower this year.")).toEqual([]);
    expect(cues("To explain this, I need to start with the weather.")).toEqual([]);
  });

  test("reads 'don't have to' as no prescription", () => {
    expect(cues("You don't have to repaint the whole fence.")).toEqual([]);
  });

  test("reads contracted and longer duty frames", () => {
    expect(family("It's essential to repair the roof before winter.")).toBe("prescriptive");
    expect(family("It is the duty of every landlord to insulate the attic.")).toBe("prescriptive");
    expect(family("The remedy for the flooding is to widen the culvert.")).toBe("proposal");
    expect(family("A cheaper option might be to rent the hall.")).toBe("proposal");
    expect(cues("The goal of the survey is to count the birds.")).toEqual([]);
  });

  test("reads 'we need' with any object, and a ruled-out course, as prescriptive", () => {
    expect(family("We need volunteers to staff the desk.")).toBe("prescriptive");
    expect(family("We cannot afford to wait another decade.")).toBe("prescriptive");
  });

  test("offers 'can' to the author's side or the reader only", () => {
    expect(cues("We can plant trees along the canal.")).toEqual(["proposal:can plant"]);
    expect(cues("Cheap loans can distort the housing market.")).toEqual([]);
    expect(cues("The council could plant trees along the canal.")).toEqual(["proposal:could plant"]);
  });

  test("leaves a modal that follows the main clause's own past verb to its clause", () => {
    expect(cues("We loaded as many sacks as the carts could carry.")).toEqual([]);
    expect(cues("The crew was tired until the tug could tow them home.")).toEqual([]);
  });

  test("reads a negative question that urges as a proposal", () => {
    expect(family("Would it not be wiser to mend the old bridge?")).toBe("proposal");
    expect(family("Is it not time to repair the roof?")).toBe("proposal");
  });

  test("reads a means offered in the passive as a proposal", () => {
    expect(cues("The backlog could be cleared by hiring two more clerks.")).toEqual(["proposal:could be cleared"]);
    expect(cues("The backlog could be larger than we think.")).toEqual([]);
  });
});

describe("recommendationCues: prescriptive phrases with an adverb or an importance", () => {
  test("reads 'it is of great importance to' and 'it may even be necessary to' as prescribing", () => {
    expect(cues("It is of great importance to keep the wells clean.")).toEqual([
      "prescriptive:it is of great importance",
    ]);
    expect(cues("It may even be necessary to close the lower road.")).toEqual([
      "prescriptive:it may even be necessary",
    ]);
  });

  test("reads 'I highly recommend' and 'you may want to' as proposals", () => {
    expect(cues("I highly recommend the walk along the cliffs.")).toEqual(["proposal:i highly recommend"]);
    expect(cues("You may want to call the office before you visit.")).toEqual(["proposal:you may want to"]);
  });

  test("does not read an importance that is not a course of action, or a wish of a third party", () => {
    expect(cues("The harbour was of great importance to the town.")).toEqual([]);
    expect(cues("They may want to leave early.")).toEqual([]);
  });
});

describe("recommendationCues: a duty after a fronted opinion and an aside", () => {
  test("reads 'in my judgment it is the duty of X, while …, to' as prescribing", () => {
    expect(
      cues("In my judgment it is the duty of the council, while respecting every view, to close the pits."),
    ).toEqual(["prescriptive:it is the duty of the council , | to"]);
  });
});

describe("recommendationCues: the wished-for state of a plan", () => {
  test("reads 'ideally … will' as a proposal", () => {
    expect(cues("Ideally, every branch will keep a spare key.")).toEqual(["proposal:ideally , every branch will"]);
    expect(cues("Preferably the new hall would face the river.")).toEqual(["proposal:preferably the new hall would"]);
  });

  test("leaves 'ideally' without a future alone", () => {
    expect(cues("Ideally placed, the inn was always full.")).toEqual([]);
  });
});

describe("recommendationCues: what a thing is owed, and a task moved to the subject", () => {
  test("reads 'deserves more attention' as prescribing", () => {
    expect(cues("The old canal deserves more attention from the council.")).toEqual([
      "prescriptive:deserves more attention",
    ]);
  });

  test("reads 'these risks are vital to address' as prescribing", () => {
    expect(cues("Both of these gaps are essential to close.")).toEqual(["prescriptive:are essential to close ."]);
  });

  test("leaves an importance to someone and a deserved state alone", () => {
    expect(cues("The ferry is important to the islanders.")).toEqual([]);
    expect(cues("The winners deserve their prize.")).toEqual([]);
  });
});

describe("recommendationCues: a step of the argument or a necessity denied", () => {
  test("does not read 'it is necessary to know' or 'it is not necessary to' as prescribing", () => {
    expect(cues("It is then necessary to know how many boats the harbour holds.")).toEqual([]);
    expect(cues("It's important to be clear about what we mean by a village.")).toEqual([]);
    expect(cues("It is not necessary to repeat the figures here.")).toEqual([]);
  });

  test("still reads a course of action after 'it is necessary to' as prescribing", () => {
    expect(cues("It is necessary to rebuild the sea wall.")).toEqual(["prescriptive:it is necessary"]);
  });
});

describe("recommendationCues: a request put to a party", () => {
  test("reads 'we want them to …' and 'this moment demands that we …' as asking for an act", () => {
    expect(cues("We want the neighbouring towns to share the cost.")).toEqual([
      "proposal:we want the neighbouring towns to",
    ]);
    expect(cues("I encourage you to visit the archive.")).toEqual(["proposal:i encourage you to"]);
    expect(cues("So this crisis demands that we rebuild the dykes.")).toEqual([
      "proposal:so this crisis demands that we",
    ]);
  });

  test("leaves the author's own wish to speak, and a third party's wish, alone", () => {
    expect(cues("I want to talk about the roads.")).toEqual([]);
    expect(cues("The farmers want the council to pay.")).toEqual([]);
  });
});

describe("a request with 'please'", () => {
  test("is a request wherever its clause stands, after a fronted clause or a comma", () => {
    expect(cues("If you have doubts, or wish to help, please write to the clerk before Friday.")).toEqual([
      "imperative:please write",
    ]);
    expect(cues("Keep the receipt, and please bring it back with the lamp.")[0]).toMatch(/^imperative:/);
  });

  test("is not the verb 'please'", () => {
    expect(cues("The mayor tried hard to please the farmers.")).toEqual([]);
    expect(cues("They may come and go as they please.")).toEqual([]);
  });
});
