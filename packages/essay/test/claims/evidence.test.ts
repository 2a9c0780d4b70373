import { describe, expect, test } from "vitest";
import { evidenceCues } from "../../src/claims/evidence.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const cues = (text: string): string[] => evidenceCues(viewSentence(text));

describe("evidenceCues", () => {
  test("reads records in the plural as sources of a finding", () => {
    expect(cues("Several studies found that the lanes cut injuries.")).toEqual(["record:studies found"]);
    expect(cues("The audits showed that the meters were never read.")).toEqual(["record:audits showed"]);
    expect(cues("At the hearing, evidence showed that the mill had sold its water.")).toEqual([
      "record:evidence showed",
    ]);
  });

  test("reads a document's provisions as fact", () => {
    expect(cues("The new charter requires a vote every four years.")).toEqual(["provision:the new charter requires"]);
    // A programme's provisions, too.
    expect(cues("The county's repair programme funds new roofs for schools.")).toEqual([
      "provision:the county's repair programme funds",
    ]);
    expect(cues("The plan seems sensible to me.")).toEqual([]);
  });

  test("does not read a figure the main clause forecasts as a fact on record", () => {
    expect(cues("The levy would raise $40 million a year.")).toEqual([]);
    expect(cues("The levy raised $40 million last year.")).toEqual(["number:$40"]);
  });

  test("reads an amount measured or approximated, unless in a fronted condition", () => {
    expect(cues("Nearly half the wells ran dry that summer.")).toEqual(["gauged:nearly half"]);
    expect(cues("If nearly half the wells ran dry, the farms failed.")).toEqual([]);
  });

  test("reads a named party's past act as an event on record", () => {
    expect(cues("Margaret Hale posted the minutes on Friday.")).toEqual(["event:Margaret Hale posted"]);
    expect(cues("Mayor Hale posted the minutes on Friday.")).toEqual(["event:Mayor Hale posted"]);
    expect(cues("The Water Board raised its prices.")).toEqual(["event:The Water Board raised"]);
    expect(cues("Nobody posted the minutes.")).toEqual([]);
  });

  test("reads two parties joined by 'and', and a subject after a short opening phrase", () => {
    expect(cues("She and Mayor Hale signed the lease.")).toEqual(["event:She and Mayor Hale signed"]);
    expect(cues("The Water Board and the Town Council signed the lease.")).toEqual([
      "event:The Water Board and the Town Council signed",
    ]);
    expect(cues("A week later, Mayor Hale signed the lease.")).toEqual(["event:Mayor Hale signed"]);
    expect(cues("To everyone's surprise, the lease was never signed.")).toEqual([]);
  });

  test("does not read a perfect or a past state as an act on record", () => {
    expect(cues("The Water Board has raised its prices.")).toEqual([]);
    expect(cues("Mayor Hale was away all week.")).toEqual([]);
    expect(cues("The Council did not want a vote.")).toEqual([]);
  });

  test("dates the event with a date from a fronted clause", () => {
    expect(cues("Since the dam was built in 1970, the marsh has dried out.")).toEqual(["framed:1970"]);
  });

  test("does not read a year that names a noun's period as a date", () => {
    expect(cues("The great flood of 1927 still shapes how the valley thinks.")).toEqual([]);
    expect(cues("Its songs belong to the dance halls of the 1950s.")).toEqual([]);
    // A noun of time, or "that of", still dates the clause.
    expect(cues("The mill closed at the end of 1927.")).toEqual(["date:1927"]);
    expect(cues("The town is now twice the size of that of 1927.")).toEqual(["date:1927"]);
    expect(cues("The mill closed in 1927.")).toEqual(["date:1927"]);
  });

  test("does not read a figure after a modal of possibility or duty in the main clause as on record", () => {
    expect(cues("A ward of this size might hold 300 voters.")).toEqual([]);
    expect(cues("Each tenant must pay $40 a month.")).toEqual([]);
    expect(cues("The ward held 300 voters.")).toEqual(["number:300"]);
    // "May" before a year is the month.
    expect(cues("By May 2016 the ward held 300 voters.")).toEqual(["date:May 2016", "number:300"]);
  });

  test("does not read a figure offered as an example or a guess as on record", () => {
    expect(cues("A good index covers, say, 80% of the lookups.")).toEqual([]);
    expect(cues("The ferry carries perhaps 60 riders on a weekday.")).toEqual([]);
    expect(cues("The ferry carried 60 riders on Monday.")).toEqual(["number:60"]);
  });
});
