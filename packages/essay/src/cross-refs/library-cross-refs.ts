import type { EssaySlug, ParagraphId } from "../types.ts";
import { impactOrdered, nearestTexts, round, tfIdf } from "./tf-idf.ts";

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
  const slugIndex = new Map(slugs.map((slug, i) => [slug, i]));
  const essayOf = Int32Array.from(places, (place) => slugIndex.get(place.slug) ?? -1);
  const nearest = nearestTexts(index, texts.length);
  places.forEach((from, i) => {
    for (const { text, score } of nearest(i, (j) => essayOf[j] === essayOf[i], perParagraph, threshold)) {
      const to = places[text];
      if (to) links.push({ from, to, score: round(score) });
    }
  });
  return links;
}
