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

  test("walks only the 200 paragraphs that weigh a word most, however many paragraphs use it", () => {
    // One essay holds the 200 paragraphs that weigh "zephyr" most (it is all they say); 40 other
    // essays use it beside a word of their own. The lookup from one of the 200 walks only the
    // 200 heaviest postings, all of its own essay, so it finds nothing even though each of the
    // 40 would score above the threshold: the work per lookup is capped by a constant, not by
    // how many paragraphs use the word (which would make the whole library quadratic).
    const heavy = essay("heavy", ...Array.from({ length: 200 }, () => "zephyr"));
    const light = Array.from({ length: 40 }, (_, i) => essay(`light-${i}`, `zephyr ${word(i)}`));
    // Paragraphs that share nothing, so that "zephyr" stays under a tenth of the library.
    const quiet = Array.from({ length: 220 }, (_, i) =>
      essay(`quiet-${i}`, ...Array.from({ length: 10 }, (_, k) => word(1000 + i * 10 + k))),
    );
    const links = libraryCrossRefs([heavy, ...light, ...quiet]);
    expect(links.filter((link) => link.from.slug === "heavy")).toEqual([]);
    // From the other side the 200 are the heaviest postings, so every light paragraph links to them.
    for (const { slug } of light) {
      const from = links.filter((link) => link.from.slug === slug);
      expect(from.map((link) => link.to.slug)).toEqual(["heavy", "heavy", "heavy"]);
    }
    expect(links.some((link) => link.from.slug.startsWith("quiet") || link.to.slug.startsWith("quiet"))).toBe(false);
  });

  test("links nothing through a word used by more than a tenth of all paragraphs", () => {
    // "harbour" is all that 12 of 100 paragraphs say: they would be perfect matches, but a word
    // in more than a tenth of the library says nothing about which passages are related.
    const common = Array.from({ length: 12 }, (_, i) => essay(`common-${i}`, "harbour"));
    const rest = Array.from({ length: 88 }, (_, i) => essay(`rest-${i}`, word(100 + i)));
    expect(libraryCrossRefs([...common, ...rest])).toEqual([]);
    // In 12 of 200 paragraphs it is rare enough to link them.
    const more = Array.from({ length: 100 }, (_, i) => essay(`more-${i}`, word(300 + i)));
    const links = libraryCrossRefs([...common, ...rest, ...more]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(link.from.slug.startsWith("common") && link.to.slug.startsWith("common")).toBe(true);
  });
});

/** A made-up word of letters only, different for every number, that no other word matches. */
function word(n: number): string {
  return `zq${[...String(n)].map((digit) => "abcdefghij"[Number(digit)]).join("")}x`;
}
