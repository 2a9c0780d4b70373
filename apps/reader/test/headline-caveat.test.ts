import { describe, expect, test } from "vitest";
import { headlineCaveat } from "../src/lib/headline-caveat.ts";
import { annotated, bundled } from "./fixtures.ts";

describe("headlineCaveat", () => {
  test("says the headline is in doubt and names what the body is about instead", () => {
    const caveat = headlineCaveat(bundled);
    expect(caveat?.text).toContain("Israel");
    expect(caveat?.text).toMatch(/In fact the text is about [^.]*Kyiv/);
    expect(caveat?.short).toMatch(/^The headline may belong to another article; the text is about .+\.$/);
    expect(caveat?.flag).toBe("Headline in doubt");
  });

  test("names the actors mentioned in the most paragraphs, never a date", () => {
    const caveat = headlineCaveat(bundled);
    const dates = bundled.entities.filter((entity) => entity.type === "date").map((entity) => entity.name);
    for (const date of dates) expect(caveat?.short).not.toContain(date);
  });

  test("is absent when the headline matches the body", () => {
    expect(headlineCaveat(annotated)).toBeUndefined();
  });

  test("still warns, without actors, when the body names none", () => {
    const caveat = headlineCaveat({ ...bundled, entities: [] });
    expect(caveat?.short).toBe("The headline may belong to another article.");
  });
});
