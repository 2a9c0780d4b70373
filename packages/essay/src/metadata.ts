import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdastText } from "mdast-util-to-string";
import { foldWhitespace } from "./blocks.ts";

/** The metadata an essay can declare (front matter, a "Key: value" header, a Gutenberg header, a byline). */
export interface Metadata {
  readonly title?: string;
  readonly subtitle?: string;
  /** The authors joined for display. */
  readonly author?: string;
  readonly authors?: readonly string[];
  readonly date?: string;
  readonly lang?: string;
  readonly source?: string;
  /** The editor of the edition's notes (front matter `editor:` only; see front-matter.ts). */
  readonly editor?: string;
}

const FIELDS: Readonly<Record<Exclude<keyof Metadata, "author" | "authors" | "editor">, readonly string[]>> = {
  title: ["title"],
  subtitle: ["subtitle", "description", "summary", "deck", "dek"],
  date: ["pubdate", "date", "published", "publishdate"],
  lang: ["lang", "language", "locale"],
  source: ["source", "source_url", "canonical_url", "original_url"],
};
const AUTHOR_FIELDS = ["author", "authors", "by", "creator"];

/** Reads metadata from parsed fields (keys compared case-insensitively); Markdown in a value is reduced to text. */
export function metadataFrom(raw: Readonly<Record<string, unknown>>): Metadata {
  const byKey = new Map(Object.entries(raw).map(([key, value]) => [key.toLowerCase(), value]));
  const out: { -readonly [K in keyof Metadata]: Metadata[K] } = {};
  for (const [field, keys] of Object.entries(FIELDS) as [keyof typeof FIELDS, readonly string[]][]) {
    for (const key of keys) {
      const value = scalar(byKey.get(key), field === "date");
      if (value !== undefined) {
        out[field] = value;
        break;
      }
    }
  }
  for (const key of AUTHOR_FIELDS) {
    const names = authorList(byKey.get(key));
    if (names.length > 0) {
      Object.assign(out, authorFields(names, out.lang));
      break;
    }
  }
  return out;
}

/** The `author` (joined for display, in the essay's language) and `authors` fields for a list of names. */
export function authorFields(names: readonly string[], lang?: string): Pick<Metadata, "author" | "authors"> {
  let format: Intl.ListFormat;
  try {
    format = new Intl.ListFormat(lang ?? "en-GB", { type: "conjunction" });
  } catch {
    format = new Intl.ListFormat("en-GB", { type: "conjunction" });
  }
  return { author: format.format(names), authors: [...names] };
}

function scalar(value: unknown, isDate: boolean): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string") return undefined;
  const text = isDate ? value.trim() : markdownToText(value);
  return text === "" ? undefined : text;
}

function authorList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items) {
    const name =
      item !== null && typeof item === "object" && !Array.isArray(item)
        ? scalar((item as Record<string, unknown>)["name"], false)
        : scalar(item, false);
    if (name !== undefined) names.push(name.replace(/^by\s+/i, ""));
  }
  return names;
}

const MARKDOWN_SIGNS = /[*_`[\]<>&\\]/;

/** A metadata value as plain text: Markdown and HTML entities reduced to their words, whitespace folded. */
export function markdownToText(value: string): string {
  if (!MARKDOWN_SIGNS.test(value)) return foldWhitespace(value);
  return foldWhitespace(mdastText(fromMarkdown(value), { includeHtml: false }));
}
