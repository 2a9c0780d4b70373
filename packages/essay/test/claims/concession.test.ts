import { describe, expect, test } from "vitest";
import { concessionCues } from "../../src/claims/concession.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const cues = (text: string): string[] => concessionCues(viewSentence(text));

describe("concessionCues", () => {
  test.each([
    ["The old depot, it is true, had its charm.", "concessive:, it is true ,"],
    ["That’s not to say the plan is hopeless.", "concessive:that's not to say"],
    ["There’s wisdom in this worry.", "concessive:there's wisdom in"],
    ["The cost of delay cannot be denied.", "concessive:cannot be denied"],
    ["Yes, the pilot was small.", "concessive:yes ,"],
    ["It is a fair question.", "concessive:a fair question"],
    ["Admittedly, the old depot had its charm.", "concessive:admittedly"],
    ["Now, of course, the depot had its charm.", "concessive:of course"],
    ["To be sure, the depot had its charm.", "concessive:to be sure"],
    ["It is true that the pilot was small.", "concessive:it is true that"],
    ["Nobody here is denying that the pilot was small.", "concessive:nobody here is denying"],
    ["We readily acknowledge the cost.", "concessive:we readily acknowledge"],
    ["I do not mean to suggest that the pilot failed.", "concessive:i do not mean to suggest"],
    ["There is room for debate about the fares.", "concessive:room for debate"],
    [
      "It is not meant, by this example, to suggest that the pilot failed.",
      "concessive:it is not meant , by this example , to suggest",
    ],
    ["So far as the objection is true, it concerns only the old depot.", "concessive:so far as the objection is true"],
    [
      "We don't blame the drivers for the delay, but we do blame the timetable.",
      "concessive:don't blame the drivers for the delay , but we do blame",
    ],
  ])("grants a point in “%s”", (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  test.each([
    ["There are, of course, details to settle.", "concessive-aside:there are , of course ,"],
    ["This is of course not a large sample.", "concessive-aside:this is of course"],
  ])("grants a point in passing right after the verb in “%s”", (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  test.each([
    ["The old depot is certainly a handsome building; but it leaks.", "affirm-then-turn"],
    ["Those are all fair complaints, but the lane stays.", "affirm-then-turn"],
    ["Good weather has done much to help, but it has not done all.", "affirm-then-turn"],
  ])("grants by affirming and then turning in “%s”", (text, family) => {
    expect(cues(text)[0]?.split(":")[0]).toBe(family);
  });

  test.each([
    ["Repaving the lane can be slow, but the riders notice the difference.", "can be slow , but"],
    ["The timetable may well seem timid; yet it fills every seat.", "may well seem timid ; yet"],
    ["Running a pilot takes time and money, but it saves both later.", "takes time and money , but"],
    ["Surveys, letters, and meetings require much effort, yet they pay off.", "require much effort , yet"],
    ["This objection has some force, but it mistakes the aim.", "this objection has some force , but"],
  ])("grants and then turns within “%s”", (text, words) => {
    const [cue] = cues(text);
    expect(cue?.split(":")[0]).toBe("affirm-then-turn");
    expect(cue).toContain(words);
  });

  test.each([
    ["Various routes may be proposed for the tram, but one stands out.", "a passive is no allowance"],
    ["The tram took time and money, and it opened in May.", "no turn"],
    ["The riders went home, but the objection remained.", "the objection is not the subject"],
  ])("finds no turned grant in “%s” (%s)", (text) => {
    expect(cues(text)).toEqual([]);
  });

  test("a turned allowance gives way to a prescription", () => {
    const text = "The plan may well be the best, but the council should vote first.";
    expect(cues(text)[0]?.split(":")[0]).toBe("affirm-then-turn");
    expect(concessionCues(viewSentence(text), { prescribes: true })).toEqual([]);
  });

  test("the author's long-held good opinion grants when it is turned", () => {
    expect(cues("I have always admired the old depot, but it cannot stay.")).toEqual([
      "affirm-then-turn:i have always admired",
    ]);
    expect(cues("I have always admired the old depot.")).toEqual([]);
  });

  test.each([
    ["Rules can be tedious to write down.", "allows-then-next-turns:can be"],
    ["The reform has brought real gains.", "allows-then-next-turns:has brought"],
    ["We have long believed in the depot.", "allows-then-next-turns:we have long believed"],
  ])("grants in “%s” when the next sentence turns", (text, cue) => {
    expect(concessionCues(viewSentence(text), { nextTurns: true })).toEqual([cue]);
    expect(cues(text)).toEqual([]);
  });

  test("a sentence that is itself a turn grants nothing to the next one", () => {
    expect(concessionCues(viewSentence("But the fares may be lower."), { nextTurns: true })).toEqual([]);
  });

  test("a grant by an adverb gives way to a forecast in the main clause", () => {
    expect(cues("Yes, the line will reopen in May.")).toEqual(["concessive:yes ,"]);
    expect(concessionCues(viewSentence("Yes, the line will reopen in May."), { forecasts: true })).toEqual([]);
    expect(concessionCues(viewSentence("There will, of course, be delays."), { forecasts: true })).toEqual([]);
    // A grant in the main clause's own verb stays: "I grant that …" is the granting.
    expect(concessionCues(viewSentence("I grant that the fares will rise."), { forecasts: true })).toEqual([
      "concessive:i grant",
    ]);
  });

  test("a turned grant gives way to a prescription", () => {
    const text = "The old depot is certainly handsome, but the council should sell it.";
    expect(cues(text)[0]?.split(":")[0]).toBe("affirm-then-turn");
    expect(concessionCues(viewSentence(text), { prescribes: true })).toEqual([]);
  });

  test.each([
    "The drivers are all tired, and the lane is empty.",
    "I have no doubts that the lane will fill.",
    "Thanks to the drivers and, of course, the riders for coming.",
    "It is hard to be sure the depot will reopen.",
    "However, it is equally true that the fares rose.",
    "It is also true that the fares rose.",
    "And of course the riders came too.",
    "The balance we strike is certainly subjective.",
    "The depot closed because the roof leaked.",
  ])("finds no grant in “%s”", (text) => {
    expect(cues(text)).toEqual([]);
  });
});
