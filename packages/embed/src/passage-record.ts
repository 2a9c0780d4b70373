/**
 * The kinds of claim a sentence can make, as the essay parser names them: an intentional copy of
 * `CLAIM_KINDS` of `@scholia/essay`, so that the web component has no runtime dependency.
 */
export const CLAIM_KINDS = [
  "recommendation",
  "prediction",
  "evidence",
  "attribution",
  "concession",
  "assessment",
] as const;

/** One kind of claim, such as `"evidence"`. */
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** One sentence of the passage and the claim it makes, located by UTF-16 offsets into `passage.text`. */
export interface PassageClaim {
  /** The claim id, such as `"p3.s2"`. */
  id: string;
  kind: ClaimKind;
  /** Whether the claim states the essay's thesis. */
  thesis: boolean;
  text: string;
  /** Offset of the claim's first character in `passage.text`. */
  start: number;
  /** Offset just past the claim's last character in `passage.text`. */
  end: number;
  /** The words that led the parser to this kind. */
  cues: string[];
}

/** An editor's note anchored to the passage by quote, or (kind `"footnote"`, empty quote) one of the author's footnotes. */
export interface PassageNote {
  id: string;
  kind?: string;
  /** The note's number as the edition shows it. */
  number?: number;
  quote: string;
  text: string;
  /** Inline marks over `text` (a footnote's links and emphasis), sorted by `start`; absent when it has none. */
  marks?: PassageMark[];
}

/** A mark with no attributes: emphasis, strong, inline code, deleted text, superscript, subscript, or a line break (zero-width). */
export interface PassageSpanMark {
  type: "emphasis" | "strong" | "code" | "delete" | "sup" | "sub" | "break";
  /** UTF-16 offsets into the text the mark belongs to (`passage.text`, or a table cell's text). */
  start: number;
  end: number;
}

/** A link over a run of the text; `href` is absolute (http, https or mailto). */
export interface PassageLinkMark {
  type: "link";
  start: number;
  end: number;
  href: string;
  title?: string;
}

/** Where the author's footnote `footnote` (an id of `notes`) is referenced: zero-width. */
export interface PassageFootnoteMark {
  type: "footnote-ref";
  start: number;
  end: number;
  footnote: string;
}

/** Inline structure over a run of text, as the essay model has it. */
export type PassageMark = PassageSpanMark | PassageLinkMark | PassageFootnoteMark;

/** One cell of a table passage. */
export interface PassageCell {
  text: string;
  marks: PassageMark[];
}

/**
 * What kind of block a passage is and its inline structure, so consumers can show it as the site does.
 * `passage.text` stays the plain text (a code block's source, a table's cells joined, a figure's alt and caption).
 */
export interface PassageBlock {
  type: "paragraph" | "quote" | "list-item" | "heading" | "verse" | "code" | "table" | "figure";
  /** Marks over `passage.text`, sorted by `start`. */
  marks: PassageMark[];
  /** Block quote nesting depth, when the passage is quoted. */
  quoteDepth?: number;
  list?: { ordered: boolean; number?: number; depth: number };
  code?: { lang?: string };
  table?: { align: ("left" | "right" | "center" | null)[]; header: boolean; rows: PassageCell[][] };
  /** `src` is absolute (http or https), or absent when the source's could not be used. */
  figure?: { src?: string; alt: string; title?: string; caption?: string };
}

/** A W3C Web Annotation `TextQuoteSelector` that finds the passage in its reading page. */
export interface PassageSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * The JSON record the site publishes for each passage at `/<slug>/p<n>.json`.
 * @example
 * const record: PassageRecord = await (await fetch("https://example.org/essay/p3.json")).json();
 */
export interface PassageRecord {
  version: 1;
  type: "scholia-passage";
  essay: {
    slug: string;
    title: string;
    subtitle?: string;
    author?: string;
    date?: string;
    /** The essay's language (BCP 47), when known. */
    lang?: string;
    /** The canonical reading page. */
    url: string;
  };
  passage: {
    /** The paragraph id, such as `"p3"`. */
    id: string;
    /** The paragraph number, counting body paragraphs from 1. */
    index: number;
    /** The passage as plain text, for consumers that want only the words. */
    text: string;
    /** The passage's block type and inline marks over `text`; absent in records of sites that predate it. */
    block?: PassageBlock;
    /** The canonical passage page. */
    url: string;
    /** The reading page with the passage's fragment, such as `…/essay/#p3`. */
    contextUrl: string;
  };
  claims: PassageClaim[];
  notes: PassageNote[];
  selector: PassageSelector;
  /** `"sha256-<base64>"` of `passage.text`. */
  hash: string;
  citation: { text: string; bibtex: string };
  site: { name: string; url: string };
  /** The previous passage page, if any. */
  previous?: string;
  /** The next passage page, if any. */
  next?: string;
}

// A parsed JSON value read field by field: any field may be missing, or a value of another type.
type Loose = { readonly [key: string]: Loose } | undefined;

const isString = (value: unknown): value is string => typeof value === "string";
// Number.isFinite is false for anything but a finite number, without coercing.
const isNumber = Number.isFinite as (value: unknown) => value is number;

const isClaim = (value: Loose): boolean =>
  (CLAIM_KINDS as readonly unknown[]).includes(value?.["kind"]) &&
  isNumber(value?.["start"]) &&
  isNumber(value?.["end"]);

/** Tells whether a parsed JSON value is a passage record, checking the fields `<scholia-passage>` renders. */
export function isPassageRecord(value: unknown): value is PassageRecord {
  // Reading a field of a string or a number gives undefined, as a missing field does; only null and undefined throw.
  const record = (value ?? {}) as { readonly [key: string]: Loose };
  const claims: unknown = record["claims"];
  return (
    (record["version"] as unknown) === 1 &&
    (record["type"] as unknown) === "scholia-passage" &&
    isString(record["essay"]?.["title"]) &&
    isString(record["passage"]?.["text"]) &&
    isString(record["passage"]?.["url"]) &&
    isNumber(record["passage"]?.["index"]) &&
    Array.isArray(claims) &&
    claims.every(isClaim) &&
    isString(record["site"]?.["name"]) &&
    isString(record["site"]?.["url"])
  );
}
