/** Where one passage sits in a search record's content, and what it is filed under. */
export interface PassageLayout {
  /** The paragraph's id (`p3`). */
  readonly id: string;
  /** How many words of the record's content are this passage's, as Pagefind counts words. */
  readonly words: number;
  readonly kinds: readonly string[];
  readonly actors: readonly string[];
}

/** One passage of a search result: its words and which of them Pagefind matched. */
export interface PassageSlice {
  readonly layout: PassageLayout;
  /** The passage's words, HTML-escaped as indexed. */
  readonly words: readonly string[];
  /** Positions of the matched words among `words`. */
  readonly locations: readonly number[];
}

// Pagefind drops zero-width spaces from content and splits words on whitespace other than
// U+FEFF (its `word_separators`); its word locations count words split that way.
const SEPARATORS = /[^\S\uFEFF]+/;

/** Content split into words the way Pagefind counts them for locations. */
export function contentWords(content: string): string[] {
  return content
    .replace(/\u200B/g, "")
    .split(SEPARATORS)
    .filter(Boolean);
}

/**
 * The number of words in `content`, as Pagefind counts them for word locations.
 * @example wordCount("a  cease-fire ¶ now") // 4
 */
export function wordCount(content: string): number {
  return contentWords(content).length;
}

function isRow(value: unknown): value is [string, number, string[], string[]] {
  return (
    Array.isArray(value) &&
    typeof value[0] === "string" &&
    typeof value[1] === "number" &&
    Array.isArray(value[2]) &&
    Array.isArray(value[3])
  );
}

/**
 * Reads the passage layout a record's URL carries (its `passages` parameter, see
 * search-records.ts); undefined when the URL has none or it is malformed.
 */
export function parseLayout(url: string): PassageLayout[] | undefined {
  const raw = new URL(url, "https://layout.invalid").searchParams.get("passages");
  if (!raw) return undefined;
  let rows: unknown;
  try {
    rows = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!Array.isArray(rows) || !rows.every(isRow)) return undefined;
  return rows.map(([id, words, kinds, actors]) => ({ id, words, kinds, actors }));
}

/** Splits a record's content and matched word locations into its passages, in order. */
export function sliceRun(
  content: string,
  locations: readonly number[],
  layout: readonly PassageLayout[],
): PassageSlice[] {
  const words = contentWords(content);
  let start = 0;
  return layout.map((row) => {
    const end = start + row.words;
    const slice = {
      layout: row,
      words: words.slice(start, end),
      locations: locations.filter((at) => at >= start && at < end).map((at) => at - start),
    };
    start = end;
    return slice;
  });
}
