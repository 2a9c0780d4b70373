import { describe, expect, test } from "vitest";
import { figureAt, gaugedAmountAt } from "../../src/claims/quantities.ts";
import { tokenize } from "../../src/claims/tokens.ts";

const figureIn = (text: string, token: string): string | undefined => {
  const tokens = tokenize(text);
  return figureAt(
    tokens,
    tokens.findIndex((candidate) => candidate.text === token),
  );
};

describe("figureAt", () => {
  test.each([
    ["Rents rose in 2021.", "2021", "date:2021"],
    ["It happened in March 2020.", "2020", "date:March 2020"],
    ["Trouble began in the 1970s.", "1970s", "date:1970s"],
    ["About 500,000 people left.", "500,000", "number:500,000"],
    ["Prices rose 4.5% last year.", "4.5%", "number:4.5%"],
    ["It cost $3 billion.", "$3", "number:$3"],
    ["Inflation hit 9 percent.", "9", "number:9"],
  ])("reads “%s” as stating %s", (text, token, figure) => {
    expect(figureIn(text, token)).toBe(figure);
  });

  test.each([
    ["the last 30 years", "30"],
    ["the 18th century", "18"],
    ["three of the 5 options", "5"],
    ["the G-7 meets", "G-7"],
  ])("does not read “%s” as a checkable figure", (text, token) => {
    expect(figureIn(text, token)).toBeUndefined();
  });
});

describe("figureAt: identifiers and measured spans", () => {
  test.each([
    ["It ships in Python 3.12 next month.", "3.12"],
    ["Upgrade to version 2.1 first.", "2.1"],
    ["The 1.0 release is close.", "1.0"],
    ["They waited for 1.0 to ship.", "1.0"],
    ["Node 20.1.0 broke the build.", "20.1.0"],
    ["The bill H.R. 4102 failed.", "4102"],
    ["See No. 12 in the series.", "12"],
  ])("does not read “%s” as a figure (%s)", (text, token) => {
    expect(figureIn(text, token)).toBeUndefined();
  });

  test.each([
    ["Rates rose to 4.5 in May.", "4.5", "number:4.5"],
    ["It cost $1.0 billion.", "$1.0", "number:$1.0"],
    ["The mill closed after 14 years of losses.", "14", "number:14 years"],
    ["It was the largest rise in more than 40 years.", "40", "number:40 years"],
    ["She heard back 2 years later.", "2", "number:2 years"],
    ["The benefits were 30 times greater than the costs.", "30", "number:30 times"],
  ])("reads “%s” as stating %s", (text, token, figure) => {
    expect(figureIn(text, token)).toBe(figure);
  });

  test("still leaves a window of time alone", () => {
    expect(figureIn("Over the last 30 years the town grew.", "30")).toBeUndefined();
  });
});

describe("gaugedAmountAt", () => {
  const gauged = (text: string): string | undefined => {
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const amount = gaugedAmountAt(tokens, i);
      if (amount) return amount;
    }
    return undefined;
  };

  test.each([
    ["More than 40 families signed the petition.", "than 40"],
    ["Nearly half the wells ran dry.", "nearly half"],
    ["The inspectors checked over a dozen bridges.", "over a dozen"],
    ["Turnout was about 3 points lower.", "about 3"],
  ])("reads “%s” as a measured amount (%s)", (text, amount) => {
    expect(gauged(text)).toBe(amount);
  });

  test.each(["We talked about the plan for hours.", "More than anything, the town wanted a library."])(
    "finds no measured amount in “%s”",
    (text) => {
      expect(gauged(text)).toBeUndefined();
    },
  );
});
