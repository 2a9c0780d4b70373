import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/** Every file of a built site, as paths relative to its root with forward slashes. */
export async function siteFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/** One link found in a page: the attribute it came from and its decoded value. */
export interface PageLink {
  readonly attribute: string;
  readonly value: string;
}

const ATTRIBUTE = /\s(href|src|action|poster|data-src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** The links (href, src…) of an HTML page, with HTML entities in their values decoded. */
export function pageLinks(html: string): PageLink[] {
  // Links inside <template> or code samples shown as text are escaped, so only real attributes match.
  return [...html.matchAll(ATTRIBUTE)].map((match) => ({
    attribute: match[1] ?? "",
    value: decodeEntities(match[2] ?? ""),
  }));
}

/** The ids of an HTML page's elements. */
export function pageIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((match) => decodeEntities(match[1] ?? "")));
}

/** Reads a built page as text. */
export function readPage(root: string, file: string): Promise<string> {
  return readFile(join(root, file), "utf8");
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
