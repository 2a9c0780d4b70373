import { describe, expect, test } from "vitest";
import { attributionCues } from "../../src/claims/attribution.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const cues = (text: string): string[] => attributionCues(viewSentence(text));

describe("attributionCues", () => {
  test("marks a report that names nobody in particular as impersonal", () => {
    expect(cues("It is alleged that the tolls were never collected.")).toEqual([
      "reporting-verb:alleged",
      "impersonal:it is alleged",
      "that-clause:alleged that",
    ]);
  });

  test("marks a view held by another party", () => {
    expect(cues("Many shopkeepers fear that the lanes will drive customers away.")).toContain(
      "other-party:many shopkeepers",
    );
    expect(cues("The ferry operators have long argued that the bridge is unsafe.")).toContain(
      "other-party:the ferry operators",
    );
  });

  test("gives the author's own belief, and the reader's, no report at all", () => {
    expect(cues("I believe that the lanes will help.")).toEqual([]);
    expect(cues("I don't believe the lanes will help.")).toEqual([]);
    expect(cues("My neighbour and I believe the lanes will help.")).toEqual([]);
    expect(cues("And I believe that the drivers have agreed to use the lane.")).toEqual([]);
    expect(cues("So we think the drivers have agreed to use the lane.")).toEqual([]);
    expect(cues("You may recall that the lanes were closed for a week.")).toEqual([]);
  });

  test("takes the subject from the verb's own clause, not from an earlier one", () => {
    expect(cues("The tolls are not money; wish the drivers a safe trip.")).toEqual([]);
    expect(cues("They stayed at the depot, and I think the depot was the better choice.")).toEqual([]);
  });

  test("reads a command, an infinitive after an adjective and a passive with a subject as no report", () => {
    expect(cues("Ideally, explain to the drivers why the lane closed.")).toEqual([]);
    expect(cues("It is odd to argue that the tolls are fair.")).toEqual([]);
    expect(cues("The new bridge is expected to open in spring.")).toEqual([]);
  });

  test("reads a noun after an adjective as a noun", () => {
    expect(cues("The council sent an encouraging reply.")).toEqual([]);
    expect(cues("The report covers the potential worries about the plan.")).toEqual([]);
  });

  test("needs a clause after a verb of wanting or agreeing", () => {
    expect(cues("The town did not want force.")).toEqual([]);
    expect(cues("The drivers want the council to reopen the lane.")[0]).toBe("reporting-verb:want");
  });

  test("ignores things that only seem to speak", () => {
    expect(cues("The figures suggest that the lane is used.")).toEqual([]);
    expect(cues("Serious doubts threaten the whole scheme.")).toEqual([]);
  });

  test("finds a report after a coordinated verb or a comma", () => {
    expect(cues("Some residents looked at the plan and said it would fail.")[0]).toBe("reporting-verb:said");
    expect(cues("The shopkeepers stood in the street, claiming the lanes had emptied the street.")[0]).toBe(
      "reporting-verb:claiming",
    );
  });

  test("marks a held view stated by a clause", () => {
    expect(cues("Another assumption was that traffic would simply vanish.")).toEqual([
      "view-noun:another assumption was that",
    ]);
    expect(cues("My view is that traffic will vanish.")).toEqual([]);
  });

  test("tells a source apart from conformity and from the author citing the essay", () => {
    expect(cues("According to the operators, the line loses money.")).toEqual(["source:according to"]);
    expect(cues("The fares were set according to the rules of the board.")).toEqual([]);
    expect(cues("As I said earlier, the line loses money.")).toEqual([]);
  });
});

describe("attributionCues: who speaks", () => {
  test("reads an objection the author imagines for the reader", () => {
    expect(cues("You might be tempted to ask, why not close the lane?")).toEqual([
      "imagined:you might be tempted to ask",
    ]);
    expect(cues("One might reasonably object that the lane is empty.")).toEqual([
      "imagined:one might reasonably object",
    ]);
  });

  test("finds the subject after the verb of a postposed report", () => {
    expect(cues("But what are the drivers to do? they ask.")[0]).toBe("reporting-verb:ask");
    expect(cues("Serious doubts, most of them old, threaten those plans.")).toEqual([]);
  });

  test("reads a stranded preposition as the end of a relative clause", () => {
    expect(cues("The drivers we spoke to said the lane was empty.")).toContain("other-party:the drivers");
  });

  test("gives what the author believes others did to the author", () => {
    expect(cues("I believe that the drivers have agreed to the plan.")).toEqual([]);
  });

  test("reads a negated impersonal report as the author's denial", () => {
    expect(cues("It was not admitted that the lane could be closed.")).toEqual([]);
  });

  test("reads a point of view as a source", () => {
    expect(cues("To them, the lane is a waste of road.")).toEqual(["viewpoint:to them ,"]);
    expect(cues("In their view, the lane is a waste of road.")).toEqual(["viewpoint:in their view"]);
    expect(cues("It is further claimed by the drivers that the lane is empty.")[0]).toBe("reporting-verb:claimed");
  });
});

describe("attributionCues: the author's own voice in other forms", () => {
  test("reads a passive remark with must, should or ought as the author's", () => {
    expect(cues("It ought also to be observed that the lane is empty.")).toEqual([]);
    expect(cues("It must be said that the lane is empty.")).toEqual([]);
  });

  test('needs a source clause to end where "as … writes" ends', () => {
    expect(cues("As one drives more and writes more reports, the lane seems emptier.")).toEqual([]);
    expect(cues("As the inspector wrote in 1990, the lane was empty.")).toEqual(["source:as the inspector wrote"]);
  });

  test('sets aside a report introduced by "instead of"', () => {
    expect(cues("The town is large enough that, instead of assuming that all agree, it should vote.")).toEqual([]);
  });
});

describe("attributionCues: reports without a named speaker", () => {
  test("reads objections raised in the passive as set up", () => {
    expect(cues("Two objections might be raised:")).toEqual(["set-up:objections might be raised"]);
    expect(cues("Grave doubts have been entertained whether the lane is legal.")).toEqual([
      "set-up:doubts have been entertained",
    ]);
    expect(cues("The questions which we raised were answered.")).toEqual([]);
  });

  test("reads a progressive verb of urging as a report", () => {
    expect(cues("They are encouraging the drivers to use the lane.")[0]).toBe("reporting-verb:encouraging");
  });
});

describe("attributionCues: consensus", () => {
  test('reads "few would argue" and "no one would deny" as the author\'s claim of consensus', () => {
    expect(cues("Few would argue that the lane is empty.")).toEqual([]);
    expect(cues("No one would deny that the lane is empty.")).toEqual([]);
    expect(cues("Some would argue that the lane is empty.")[0]).toBe("reporting-verb:argue");
  });
});

describe("attributionCues: participles and quotations", () => {
  test("reads a past participle after a noun as describing it", () => {
    expect(cues("The right of persons charged with the work is plain.")).toEqual([]);
    expect(cues("They charged that the lane was unsafe.")[0]).toBe("reporting-verb:charged");
  });

  test("leaves a source named inside a quotation to the quoted speaker", () => {
    expect(cues('He wrote the letter himself: "every man should worship according to his conscience."')).not.toContain(
      "source:according to",
    );
  });
});

describe("attributionCues: participles that report only with a clause", () => {
  test('reads "holding", "feeling" and "adding" without "that" as no report', () => {
    expect(cues("The guild runs the market, holding a seat on every board in town.")).toEqual([]);
    expect(cues("The ferry crossed the bay, adding an hour to the trip.")).toEqual([]);
    expect(cues("The traders ran the market, holding that every stall must pay.")[0]).toBe("reporting-verb:holding");
  });
});

describe("attributionCues: the author vouching for a report", () => {
  test('reads "rightly", "truly" and "with good reason" beside the verb as the author\'s endorsement', () => {
    expect(cues("Critics rightly say that the ferry is too slow.")).toEqual([]);
    expect(cues("It has often been remarked, with good reason, that the ferry is too slow.")).toEqual([]);
    expect(cues("It may truly be said that the ferry is too slow.")).toEqual([]);
    expect(cues("Critics wrongly say that the ferry is too slow.")[0]).toBe("reporting-verb:say");
    expect(cues("It has often been remarked that the ferry is too slow.")[0]).toBe("reporting-verb:remarked");
  });
});

describe("attributionCues: ways of seeing", () => {
  test('reads "sees … as" with another party as a report, and "it should be seen as" as the author\'s judgement', () => {
    expect(cues("The drivers see the new fee as a tax on work.")[0]).toBe("reporting-verb:see … as");
    expect(cues("If the fee is small, then it should be seen as fair.")).toEqual([]);
  });
});

describe("attributionCues: what another party says", () => {
  test('reads "that is what they told us" and "this is what the critics call …" as a report', () => {
    expect(cues("The budget was settled; this is what they told the press.")[0]).toBe("what-they-say:what they told");
    expect(cues("This is what the planners call a shared street.")[0]).toBe("what-they-say:what the planners call");
  });

  test("leaves the author's words, a thing's and a plain \"what\" clause to the author", () => {
    expect(cues("This is what I said at the time.")).toEqual([]);
    expect(cues("That is what the data tell us.")).toEqual([]);
    expect(cues("The timetable is what matters to them.")).toEqual([]);
  });
});

describe("attributionCues: praise and blame", () => {
  test('reads another party\'s "blamed X for", "praised X for" as a report', () => {
    expect(cues("Critics have blamed the council, not the mayor, for the delay.")).toEqual(["censure:blamed … for"]);
    expect(cues("The riders praised the drivers for their patience.")).toEqual(["censure:praised … for"]);
  });

  test('leaves the author\'s blame, a verb without "for" and the noun alone', () => {
    expect(cues("I blame the council for the delay.")).toEqual([]);
    expect(cues("The storm attacked the coast at dawn.")).toEqual([]);
    expect(cues("The blame for the delay lies with the council.")).toEqual([]);
  });
});

describe("attributionCues: a held view stated after a colon", () => {
  test('reads "one assumption behind the plan: that …" as a held view', () => {
    expect(cues("There was one assumption behind the whole plan: that drivers would always pay.")).toEqual([
      "view-noun:one assumption … : that",
    ]);
  });

  test("leaves a view noun with a list or a plain clause after its colon", () => {
    expect(cues("There was one assumption behind the plan: cheap fuel.")).toEqual([]);
    expect(cues("The assumption, in short, was simple: that is the trouble.")).toEqual([]);
  });
});

describe("attributionCues: a held view after an of-phrase", () => {
  test('reads "a critique of the plan that it …" as a held view, and a relative clause as none', () => {
    expect(cues("There is an old critique of the tram that it serves only the centre.")).toEqual([
      "view-noun:an old critique of … that",
    ]);
    expect(cues("There is an old critique of the tram that appeared in the paper.")).toEqual([]);
  });
});

describe("attributionCues: acting on a view", () => {
  test('reads another party acting "with hopes that", "in fear that" as a report', () => {
    expect(cues("The drivers console themselves with hopes that the fee will fall.")).toEqual([
      "acts-on-view:with hopes that",
    ]);
    expect(cues("The fee rose; the drivers paid it in fear that it would rise again.")).toEqual([
      "acts-on-view:in fear that",
    ]);
  });

  test("leaves the author's hopes and a thing's", () => {
    expect(cues("We paid the fee with hopes that it would fall.")).toEqual([]);
    expect(cues("The scheme was built on hopes that drivers would pay.")).toEqual([]);
  });
});

describe('attributionCues: a verb after "enough to" or "as to"', () => {
  test("takes the main clause's subject as the one who believes or claims", () => {
    expect(cues("The owners were naive enough to believe that the fee would fall.")[0]).toBe("reporting-verb:believe");
    expect(cues("The owners were so bold as to argue that the fee would fall.")[0]).toBe("reporting-verb:argue");
    expect(cues("We were naive enough to believe that the fee would fall.")).toEqual([]);
  });
});

describe("attributionCues: conduct read as a view", () => {
  test('reads "acted as if they thought …" as a report, and the author\'s own or a plain "as if" as none', () => {
    expect(cues("The owners acted as if they believed the fee would never rise.")).toEqual([
      "as-if-they-thought:as if they believed",
    ]);
    expect(cues("We acted as if we believed the fee would never rise.")).toEqual([]);
    expect(cues("The fee rose as if it had a will of its own.")).toEqual([]);
  });
});

describe("attributionCues: a view someone held, in the past", () => {
  test('reads "our first proposal was that …" and "their hope was that …" as a held view', () => {
    expect(cues("Our first proposal was that every stall pay the same fee.")).toEqual([
      "view-noun:our first proposal was that",
    ]);
    expect(cues("Their hope was that the fee would fall.")).toEqual(["view-noun:their hope was that"]);
  });

  test("leaves the author's present view to the author", () => {
    expect(cues("My view is that the fee should fall.")).toEqual([]);
  });
});

describe("attributionCues: the author knows of another party's view", () => {
  test('reads "I know that some drivers fear …" and "we have heard that the owners want …" as a report', () => {
    expect(cues("I know, indeed, that some drivers fear that the fee will rise.")[0]).toBe("reporting-verb:fear");
    expect(cues("We have heard that the owners want the fee to fall.")[0]).toBe("reporting-verb:want");
  });

  test("leaves the author's own knowledge and the author's own fears", () => {
    expect(cues("I know that the fee will rise.")).toEqual([]);
    expect(cues("I know that we fear the fee will rise.")).toEqual([]);
  });
});

describe("attributionCues: how others took it", () => {
  test('reads "was met with derision", "is greeted with suspicion" as a report', () => {
    expect(cues("The plan for a toll was met with open derision.")).toEqual(["reception:was met with open derision"]);
    expect(cues("Each new fee is greeted with suspicion.")).toEqual(["reception:is greeted with suspicion"]);
  });

  test("leaves a meeting and a thing received with something else", () => {
    expect(cues("The mayor met with the drivers on Monday.")).toEqual([]);
    expect(cues("The parcel was received with its seal broken.")).toEqual([]);
  });
});
