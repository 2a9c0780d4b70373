import type { EssaySlug, ParagraphId } from "../types.ts";
import { impactOrdered, round, tfIdf } from "./tf-idf.ts";

/** How many of a word's paragraphs, heaviest first, a library-wide lookup walks. */
const WALK_LIMIT = 200;

/** One paragraph of one essay of the library. */
export interface LibraryPlace {
  readonly slug: EssaySlug;
  readonly paragraphId: ParagraphId;
}

/** A link between passages of two different essays, by shared vocabulary. */
export interface LibraryCrossRef {
  readonly from: LibraryPlace;
  readonly to: LibraryPlace;
  readonly score: number;
}

/** What {@link libraryCrossRefs} reads of an essay. */
export interface LibraryEssay {
  readonly slug: EssaySlug;
  readonly paragraphs: readonly { readonly id: ParagraphId; readonly text: string }[];
}

/** Options for {@link libraryCrossRefs}. */
export interface LibraryCrossRefOptions {
  /**
   * At most this many links from each paragraph.
   * @example 3
   */
  readonly perParagraph?: number;
  /**
   * The lowest cosine score worth a link.
   * @example 0.2
   */
  readonly threshold?: number;
}

/**
 * Related passages across the essays of a library: TF-IDF cosine through one inverted index
 * over every paragraph, comparing only paragraphs of different essays that share a word,
 * skipping words used by more than a tenth of all paragraphs (they link everything), and
 * walking only the 200 paragraphs that weigh each word most (impact-ordered postings), so
 * the work per paragraph stays bounded as the library grows.
 */
export function libraryCrossRefs(
  essays: readonly LibraryEssay[],
  options: LibraryCrossRefOptions = {},
): LibraryCrossRef[] {
  const { perParagraph = 3, threshold = 0.2 } = options;
  const places: LibraryPlace[] = [];
  const texts: string[] = [];
  for (const essay of essays) {
    for (const paragraph of essay.paragraphs) {
      places.push({ slug: essay.slug, paragraphId: paragraph.id });
      texts.push(paragraph.text);
    }
  }
  const slugs = [...new Set(essays.map((essay) => essay.slug))];
  if (slugs.length < 2) return [];
  const maxPostings = Math.max(10, Math.ceil(texts.length / 10));
  const index = impactOrdered(tfIdf(texts), WALK_LIMIT, maxPostings);
  const links: LibraryCrossRef[] = [];
  // One score slot per paragraph, reused for every lookup: a Map per paragraph would allocate
  // and hash millions of entries on a library of thousands of essays.
  const scores = new Float64Array(texts.length);
  const slugIndex = new Map(slugs.map((slug, i) => [slug, i]));
  const essayOf = Int32Array.from(places, (place) => slugIndex.get(place.slug) ?? -1);
  const touched: number[] = [];
  places.forEach((from, i) => {
    for (const [term, w] of index.vectors[i] ?? []) {
      if ((index.df.get(term) ?? 0) > maxPostings) continue;
      const postings = index.postings.get(term) ?? [];
      const weights = index.weights.get(term);
      for (let k = 0; k < postings.length; k++) {
        const j = postings[k] ?? 0;
        if (essayOf[j] === essayOf[i]) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = (scores[j] ?? 0) + w * (weights?.[k] ?? 0);
      }
    }
    const best = touched
      .filter((j) => (scores[j] ?? 0) >= threshold)
      .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
      .slice(0, perParagraph);
    for (const j of best) {
      const to = places[j];
      if (to) links.push({ from, to, score: round(scores[j] ?? 0) });
    }
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  });
  return links;
}
