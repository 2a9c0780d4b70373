/** The kinds of claim a sentence can make, as the essay parser names them. */
export const claimKinds = [
  "recommendation",
  "prediction",
  "evidence",
  "attribution",
  "concession",
  "assessment",
] as const;

/** One kind of claim, such as `"evidence"`. */
export type ClaimKind = (typeof claimKinds)[number];

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

/** An editorial note anchored to the passage by quote. */
export interface PassageNote {
  id: string;
  kind?: string;
  quote: string;
  text: string;
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
    /** The canonical reading page. */
    url: string;
  };
  passage: {
    /** The paragraph id, such as `"p3"`. */
    id: string;
    /** The paragraph number, counting body paragraphs from 1. */
    index: number;
    text: string;
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

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === "object" && value !== null;
const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

const isClaim = (value: unknown): boolean =>
  isObject(value) &&
  (claimKinds as readonly unknown[]).includes(value["kind"]) &&
  isNumber(value["start"]) &&
  isNumber(value["end"]);

/** Tells whether a parsed JSON value is a passage record, checking the fields `<scholia-passage>` renders. */
export function isPassageRecord(value: unknown): value is PassageRecord {
  if (!isObject(value) || value["version"] !== 1 || value["type"] !== "scholia-passage") return false;
  const { essay, passage, claims, site } = value;
  return (
    isObject(essay) &&
    isString(essay["title"]) &&
    isObject(passage) &&
    isString(passage["text"]) &&
    isString(passage["url"]) &&
    isNumber(passage["index"]) &&
    Array.isArray(claims) &&
    claims.every(isClaim) &&
    isObject(site) &&
    isString(site["name"]) &&
    isString(site["url"])
  );
}
