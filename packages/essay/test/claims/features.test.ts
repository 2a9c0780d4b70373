import { describe, expect, test } from "vitest";
import { sentenceFeatures } from "../../src/claims/features.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const names = (text: string): string[] => sentenceFeatures(viewSentence(text)).map((feature) => feature.name);

describe("sentenceFeatures", () => {
  test("joins a past-tense main clause with the name or quantity it reports", () => {
    expect(names("The mayor then opened the Harbour Bridge.")).toContain("past-with-name");
    expect(names("We stayed four days in the town.")).toContain("past-with-quantity");
    expect(names("The mayor opens the bridge.")).not.toContain("past-with-name");
  });

  test("marks acronyms and several names", () => {
    const found = names("The report went to NATO and to Geneva and Paris.");
    expect(found).toContain("acronym");
    expect(found).toContain("several-names");
  });

  test("marks a clause that allows a point and then turns", () => {
    expect(names("Writing tests can be tedious, but the editor helps.")).toContain("yields-then-turns");
    expect(names("Writing tests is tedious and slow.")).not.toContain("yields-then-turns");
  });

  test("passes the other detectors' verdicts to the grant detector", () => {
    expect(names("Of course, the fares will rise next year.")).not.toContain("rule:grant:concessive");
    expect(names("Of course, the fares rose last year.")).toContain("rule:grant:concessive");
    expect(names("The depot is certainly handsome, but the council should sell it.")).not.toContain(
      "rule:grant:affirm-then-turn",
    );
  });

  test("tells the grant detector whether the next sentence turns", () => {
    const withNext = (text: string, next: string): string[] =>
      sentenceFeatures(viewSentence(text), { next }).map((feature) => feature.name);
    expect(withNext("Rules can be tedious to write down.", "But they save arguments later.")).toContain(
      "rule:grant:allows-then-next-turns",
    );
    expect(withNext("Rules can be tedious to write down.", "They save arguments later.")).not.toContain(
      "rule:grant:allows-then-next-turns",
    );
  });
});

describe("sentenceFeatures: who reports", () => {
  test("marks a report by a name, as its subject or later in the clause", () => {
    expect(names("Okafor argued that the toll was unfair.")).toContain("report-by-name");
    expect(names("The drivers argued, with Okafor, that the toll was unfair.")).toContain("report-by-name");
    expect(names("The drivers argued that the toll was unfair.")).not.toContain("report-by-name");
    expect(names("They argued that the toll was unfair.")).not.toContain("report-by-name");
  });
});
