import type { EssaySlug, ParagraphId } from "../types.ts";
import { round, similarTo, tfIdf } from "./tf-idf.ts";

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
 * and skipping words used by more than a tenth of all paragraphs (they link everything).
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
  if (new Set(essays.map((essay) => essay.slug)).size < 2) return [];
  const index = tfIdf(texts);
  const maxPostings = Math.max(10, Math.ceil(texts.length / 10));
  const links: LibraryCrossRef[] = [];
  places.forEach((from, i) => {
    const scores = similarTo(index, i, (j) => places[j]?.slug === from.slug, maxPostings);
    const best = [...scores].filter(([, s]) => s >= threshold).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [j, score] of best.slice(0, perParagraph)) {
      const to = places[j];
      if (to) links.push({ from, to, score: round(score) });
    }
  });
  return links;
}
