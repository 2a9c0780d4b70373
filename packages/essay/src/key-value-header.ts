import { type Metadata, metadataFrom } from "./metadata.ts";

/** Metadata read from a "Key: value" header at the top of a text, and the body after it. */
export interface HeaderSplit {
  readonly data: Metadata;
  readonly body: string;
  /** The body's first line in the file (1-based). */
  readonly bodyLine: number;
}

// Pelican/MultiMarkdown style ("Title: On Trade") and Franklin style ("@def title = "On Trade"").
const KEY_VALUE = /^([A-Za-z][\w -]{0,30}?):[ \t]+(\S.*)$/;
const FRANKLIN = /^@def[ \t]+(\w+)[ \t]*=[ \t]*(.*)$/;
const KNOWN = new Set(["title", "author", "authors", "date", "pubdate", "summary", "description", "lang", "slug"]);

/**
 * Takes a header of "Key: value" (or Franklin `@def key = value`) lines at the very top, ended
 * by a blank line, as metadata: it needs two or more such lines and a title, author or date
 * among them, so prose that opens with "Note: …" stays prose.
 */
export function splitKeyValueHeader(text: string, firstLine = 1): HeaderSplit | undefined {
  const lines = text.split("\n");
  const fields: Record<string, unknown> = {};
  let count = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") break;
    const match = KEY_VALUE.exec(line) ?? FRANKLIN.exec(line);
    if (!match?.[1] || match[2] === undefined) return undefined;
    const key = match[1].toLowerCase();
    if (!(key in fields)) fields[key] = unquote(match[2]);
    count++;
  }
  if (count < 2 || !Object.keys(fields).some((key) => KNOWN.has(key))) return undefined;
  if (!["title", "author", "authors", "date", "pubdate"].some((key) => key in fields)) return undefined;
  return { data: metadataFrom(fields), body: lines.slice(i).join("\n"), bodyLine: firstLine + i };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const triple = /^"""([\s\S]*)"""$/.exec(trimmed);
  if (triple) return triple[1]?.trim() ?? "";
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(trimmed);
  if (quoted) return (quoted[1] ?? quoted[2] ?? "").trim();
  return trimmed;
}
