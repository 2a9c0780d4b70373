import { describe, expect, test } from "vitest";
import { consequenceCue, imperativeCue } from "../../src/claims/imperative.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const command = (text: string, listItem = false): string | undefined => imperativeCue(viewSentence(text), listItem);

describe("imperativeCue", () => {
  test.each([
    ["Raise the minimum wage.", "imperative:raise"],
    ["If the page is stale, delete it.", "imperative:delete"],
    ["Just ask the librarian.", "imperative:ask"],
    ["Politely decline the invitation.", "imperative:decline"],
    ["Be patient with new volunteers.", "imperative:be"],
    ["Remember to lock the gate.", "imperative:remember"],
    ["Set up a rota for the kitchen.", "imperative:set"],
    ["Explain why the road was closed.", "imperative:explain"],
  ])("reads “%s” as a command", (text, cue) => {
    expect(command(text)).toBe(cue);
  });

  test.each([
    "Did the plan work?",
    "Driven by demand, prices rose.",
    "Taken together, the figures are grim.",
    "Go needs more volunteers.",
    "Rust can't do everything.",
    "Maria Lopez: the first week was hard.",
    "Be it ever so humble, there is no place like home.",
  ])("does not read “%s” as a command", (text) => {
    expect(command(text)).toBeUndefined();
  });

  test("reads 'do X, and Y follows' as a consequence, not a command", () => {
    const view = viewSentence("Raise the fee, and the students will stay away.");
    expect(imperativeCue(view)).toBeUndefined();
    expect(consequenceCue(view)).toBe("consequence:raise …, and");
    expect(consequenceCue(viewSentence("Raise the fee and cut the grant."))).toBeUndefined();
  });
});

describe("imperativeCue: 'let us' leading the reader", () => {
  test("does not read the author leading the reader through the argument as a command", () => {
    expect(command("Let us illustrate the point with a small garden.")).toBeUndefined();
    expect(command("For the sake of argument, let us assume the rain stops.")).toBeUndefined();
    expect(command("Let us now proceed to ask whether the plan is fair.")).toBeUndefined();
    expect(command("And let us, then, reflect that the town once had no bridge at all.")).toBeUndefined();
  });

  test("still reads 'let us' urging an act as a command", () => {
    expect(command("Let us rebuild the harbour together.")).toBe("imperative:let us");
    expect(command("Let's plant the orchard this spring.")).toBe("imperative:let's plant");
  });
});
