import { describe, expect, test } from "vitest";
import { predictionCues } from "../../src/claims/prediction.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const cues = (text: string): string[] => predictionCues(viewSentence(text));

describe("predictionCues", () => {
  test("reads the author's expectation as a forecast", () => {
    expect(cues("We expect rents to fall next year.")).toEqual(["likely:we expect"]);
  });

  test("reads a modal with a verb of effect as a forecast", () => {
    expect(cues("Cheaper fares could help the night buses.")).toEqual(["modal:could help"]);
  });

  test("leaves a modal of ability alone", () => {
    expect(cues("Anyone could read the map.")).toEqual([]);
  });
});

describe("predictionCues: the author's acts and moves", () => {
  test("reads the author's own commitments and plans as forecasts", () => {
    expect(cues("I will pay for the repairs myself.")).toEqual(["modal:will"]);
    expect(cues("We plan to reopen the pool in spring.")).toEqual(["likely:we plan to"]);
    expect(cues("We're going to need a bigger hall.")).toEqual(["likely:'re going to n"]);
  });

  test("does not read the author announcing a move as a forecast", () => {
    expect(cues("I shall now turn to the question of cost.")).toEqual([]);
    expect(cues("I'll start by describing the site.")).toEqual([]);
    expect(cues("I would offer three observations.")).toEqual([]);
    expect(cues("I'm going to return to this point later.")).toEqual([]);
    expect(cues("You will notice that the second map is older.")).toEqual([]);
  });

  test("does not read questions, 'will need to' or a rule's 'shall' as forecasts", () => {
    expect(cues("Will the new bridge carry lorries?")).toEqual([]);
    expect(cues("The town will need to borrow the money.")).toEqual([]);
    expect(cues("The treasurer shall publish the accounts.")).toEqual([]);
    expect(cues("It will not do to blame the weather.")).toEqual([]);
    expect(cues("And would they really pay the fine, even then.")).toEqual([]);
    expect(cues("They would pay the fine, even then.")).toEqual(["modal:would pay"]);
  });

  test("reads 'would' after the clause's own past verb as the past's future, not a forecast", () => {
    expect(cues("The builders finished early and would rest for a week.")).toEqual([]);
    expect(cues("Each winter the river rose and would flood the lanes.")).toEqual([]);
    expect(cues("The tax would fall hardest on tenants.")).toEqual(["modal:would fall"]);
    expect(cues("It is clear the tax would fall hardest on tenants.")).toEqual(["modal:would fall"]);
  });

  test("reads 'do X, and Y follows' as a consequence", () => {
    expect(cues("Close the library, and the children cannot study anywhere.")).toEqual(["consequence:close …, and"]);
    expect(cues("Close the library, and the children will lose their only quiet room.")).toEqual(["modal:will"]);
  });
});

describe("predictionCues: 'I shall'", () => {
  test("reads the author's own 'I shall' as a forecast of future conduct", () => {
    expect(cues("I shall often be slow to answer letters.")).toEqual(["modal:shall"]);
    expect(cues("I shall greatly depend on the patience of my neighbours.")).toEqual(["modal:shall"]);
  });

  test("still reads 'I shall now …' as a move in the argument", () => {
    expect(cues("I shall now describe the second plan.")).toEqual([]);
  });
});

describe("predictionCues: a forecast framed by the main clause", () => {
  test("reads the forecast in the complement of the author's belief or an outcome noun", () => {
    expect(cues("And I honestly believe that the ferry is going to close within a decade.")).toEqual([
      "complement:going to",
    ]);
    expect(cues("It is easy to see, that before long the market will move to the edge of town.")).toEqual([
      "complement:will",
    ]);
    expect(cues("The likely result is that fewer families will move to the valley.")).toEqual(["complement:will"]);
    expect(cues("One obvious danger of the new toll is that drivers will take the old road.")).toEqual([
      "complement:will",
    ]);
  });

  test("leaves the frame alone when the complement does not forecast or the sentence turns", () => {
    expect(cues("I believe that the old mill is worth saving.")).toEqual([]);
    expect(cues("The result is that the square is empty at night.")).toEqual([]);
    expect(cues("We still believe that the canal will pay its way, but the costs keep rising.")).toEqual([]);
    expect(cues("The mayor believes that the bridge will open in May.")).toEqual([]);
  });
});

describe("predictionCues: signposts of the text", () => {
  test("does not read the text announcing its own moves as a forecast", () => {
    expect(cues("The rest of this essay will describe the three bridges.")).toEqual([]);
    expect(cues("Two short examples will illustrate the problem.")).toEqual([]);
  });

  test("still reads a text's effect on the world as a forecast", () => {
    expect(cues("The report will anger the landlords.")).toEqual(["modal:will"]);
  });
});

describe("predictionCues: more verbs of outcome after 'may', 'might' and 'could'", () => {
  test("reads 'could put … at risk', 'may continue' and 'might damage' as forecasts", () => {
    expect(cues("For older tenants, the new rule could put their homes at risk.")).toEqual(["modal:could put"]);
    expect(cues("The floods may continue for some weeks.")).toEqual(["modal:may continue"]);
    expect(cues("A second road might damage the marsh.")).toEqual(["modal:might damage"]);
  });
});

describe("predictionCues: a relative clause on the subject", () => {
  test("reads the modal after the relative clause's own verb as the main clause's", () => {
    expect(cues("The new Harbour Compact that the two mayors signed in May will lay the groundwork.")).toEqual([
      "modal:will",
    ]);
    expect(cues("A long survey of the city's bridges that covers a decade could hurt the council.")).toEqual([
      "modal:could hurt",
    ]);
  });

  test("leaves the relative clause's own modal and a reported forecast alone", () => {
    expect(cues("The board that will meet on Monday has nine members.")).toEqual([]);
    expect(cues("The studies show that rents will fall.")).toEqual([]);
  });
});

describe("predictionCues: a relative clause without 'that'", () => {
  test("does not read a pronoun's modal right after a noun as a forecast", () => {
    expect(cues("Saying no helps in many situations you'll meet as a host.")).toEqual([]);
    expect(cues("The shelf holds only the few jars they will need.")).toEqual([]);
  });

  test("still reads the main clause's own modal, and a pronoun after a noun of time", () => {
    expect(cues("I will keep them within the tightest space they will allow.")).toEqual(["modal:will"]);
    expect(cues("In a year we will know.")).toEqual(["modal:will"]);
  });
});

describe("predictionCues: 'would' after a framing main clause", () => {
  test("reads the conditional in the complement as a forecast", () => {
    expect(cues("It is quite easy to see, that a second levy would hurt the poorest tenants.")).toEqual([
      "complement:would",
    ]);
  });

  test("leaves a wish in the complement alone", () => {
    expect(cues("I am sure that the members would like a copy.")).toEqual([]);
  });
});
