import { describe, expect, test } from "vitest";
import { viewSentence } from "../../src/claims/sentence-view.ts";

describe("viewSentence", () => {
  test.each([
    ["If the plan fails, the city will pay.", "the city will pay ."],
    ["Although costs will rise, voters should accept them.", "voters should accept them ."],
    ["Critics believe that the tax will fail.", "critics believe"],
    ["In 2019, the council approved the budget.", "the council approved the budget ."],
    ["The mayor, as her aides noted, was absent.", "the mayor , | was absent ."],
    ["Consider the case of a small bakery.", "the case of a small bakery ."],
    ["The plan—drafted in haste—will fail.", "the plan | will fail ."],
    ["Managers who want new ideas must give staff time.", "managers | must give staff time ."],
    ["The route by which this will be paid is still open.", "the route by"],
    ["The shop that we will open in June needs a name.", "the shop"],
    ["Studies show that the plan will fail.", "studies show"],
    ["In my view it is the board's task, as a rule, to hire.", "in my view it is the board's task , | to hire ."],
    ["In my view, the board should hire.", "the board should hire ."],
  ])("reads the main clause of “%s” as “%s”", (sentence, main) => {
    expect(viewSentence(sentence).main).toBe(main);
  });

  test("treats what follows a reported colon as the report", () => {
    expect(viewSentence("Both parties agree on one thing: taxes will rise.").main).toBe("both parties agree | :");
  });
});
