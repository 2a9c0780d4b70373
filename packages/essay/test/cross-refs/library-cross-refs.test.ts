import { describe, expect, test } from "vitest";
import { libraryCrossRefs } from "../../src/cross-refs/library-cross-refs.ts";
import { paragraphId, toEssaySlug } from "../../src/ids.ts";

const essay = (slug: string, ...texts: string[]) => ({
  slug: toEssaySlug(slug),
  paragraphs: texts.map((text, i) => ({ id: paragraphId(i + 1), text })),
});

describe("libraryCrossRefs", () => {
  test("links passages of different essays that share their vocabulary, never two of one essay", () => {
    const links = libraryCrossRefs([
      essay("war", "Prisoner swaps and special envoys signal intent.", "Prisoner swaps signal intent to negotiate."),
      essay("gardens", "Tomatoes need sun.", "Envoys arranged prisoner swaps to signal intent."),
    ]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.from.slug).not.toBe(link.to.slug);
    expect(links).toContainEqual(
      expect.objectContaining({ from: { slug: "gardens", paragraphId: "p2" }, to: { slug: "war", paragraphId: "p1" } }),
    );
    expect(links.some((link) => link.from.paragraphId === "p1" && link.from.slug === "gardens")).toBe(false);
  });

  test("returns nothing for a library of one essay", () => {
    expect(libraryCrossRefs([essay("one", "Signals of intent.", "Signals of intent again.")])).toEqual([]);
  });

  test("handles a thousand essays of disjoint words quickly, as it compares only paragraphs sharing a word", () => {
    const essays = Array.from({ length: 1000 }, (_, i) =>
      essay(`e${i}`, `alpha${i}word beta${i}word`, `gamma${i}word delta`),
    );
    const started = performance.now();
    const links = libraryCrossRefs(essays);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(links).toEqual([]);
  });
});
