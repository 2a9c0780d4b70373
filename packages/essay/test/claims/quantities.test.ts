import { describe, expect, test } from "vitest";
import { figureAt } from "../../src/claims/quantities.ts";
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
