import { type PassageSlice, parseLayout, sliceRun } from "../lib/search-layout.ts";
import type { RunData } from "./search-pagefind.ts";
import { HIGHLIGHT_PARAM, type SearchState } from "./search-state.ts";

/** One passage found, ready to show under its essay. */
export interface PassageHit {
  /** The essay's slug, which groups passages under one title. */
  readonly slug: string;
  readonly essay: string;
  /** The headline's caveat, shown under the essay's title, when the essay has one. */
  readonly caveat?: string;
  readonly id: string;
  readonly kinds: readonly string[];
  /** A window of the passage's words (HTML-escaped) with the matched ones in `<mark>`. */
  readonly excerpt: string;
  /** The reading page at the passage, with the matched words for the landing page to mark. */
  readonly url: string;
  /** The passage page, with the same words. */
  readonly passageUrl: string;
}

/** How many words an excerpt shows (Pagefind's `excerptLength`). */
export const EXCERPT_WORDS = 28;

/** The start of the `length`-word window that holds the most matched words (the first such window). */
function windowStart(locations: readonly number[], length: number, total: number): number {
  let best = 0;
  let bestCount = -1;
  for (const at of locations) {
    const start = Math.max(0, Math.min(at - Math.floor(length / 4), total - length));
    const count = locations.filter((other) => other >= start && other < start + length).length;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  return best;
}

/** An excerpt of one passage in Pagefind's form: escaped words, matched ones in `<mark>`, `…` where cut. */
export function passageExcerpt(slice: PassageSlice, length = EXCERPT_WORDS): string {
  const { words, locations } = slice;
  const start = windowStart(locations, length, words.length);
  const end = Math.min(words.length, start + length);
  const marked = new Set(locations);
  const shown = words.slice(start, end).map((word, i) => (marked.has(start + i) ? `<mark>${word}</mark>` : word));
  return `${start > 0 ? "… " : ""}${shown.join(" ")}${end < words.length ? " …" : ""}`;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">" };

/**
 * The words Pagefind matched in a passage, as they are written there (its stemming decides
 * which forms match: "signals" finds "signal"), without surrounding punctuation, each once.
 * @example matchedWords({ words: ["The", "signal."], locations: [1] }) // ["signal"]
 */
export function matchedWords(slice: Pick<PassageSlice, "words" | "locations">): string[] {
  const found = slice.locations.map((at) =>
    (slice.words[at] ?? "")
      .replace(/&(amp|lt|gt);/g, (_, name: string) => ENTITIES[name] ?? "")
      .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "")
      .toLocaleLowerCase(),
  );
  return [...new Set(found.filter(Boolean))];
}

function withHighlight(path: string, words: readonly string[], hash: string): string {
  const params = new URLSearchParams(words.map((word) => [HIGHLIGHT_PARAM, word]));
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}${hash}`;
}

/** Whether a passage is filed under every chosen kind and actor (the essay filter applies to whole runs). */
function passesFilters(slice: PassageSlice, state: SearchState): boolean {
  return (
    state.filters.kind.every((kind) => slice.layout.kinds.includes(kind)) &&
    state.filters.actor.every((actor) => slice.layout.actors.includes(actor))
  );
}

/**
 * The passages of one result (a run of an essay's passages) that the search found: with
 * words, those holding a matched word; every one that passes the chosen filters.
 */
export function passageHits(run: RunData, state: SearchState): PassageHit[] {
  const layout = parseLayout(run.raw_url ?? run.url);
  if (!layout) return [];
  const page = new URL(run.url, location.href);
  const slug = page.pathname.replace(/\/$/, "").split("/").pop() ?? "";
  const essay = run.filters.essay?.[0] ?? slug;
  const caveat = run.filters.caveat?.[0];
  return sliceRun(run.content, run.locations, layout)
    .filter((slice) => (state.query === "" || slice.locations.length > 0) && passesFilters(slice, state))
    .map((slice) => {
      const words = matchedWords(slice);
      return {
        slug,
        essay,
        ...(caveat && { caveat }),
        id: slice.layout.id,
        kinds: slice.layout.kinds,
        excerpt: passageExcerpt(slice),
        url: withHighlight(page.pathname, words, `#${slice.layout.id}`),
        passageUrl: withHighlight(`${page.pathname}${slice.layout.id}/`, words, ""),
      };
    });
}
