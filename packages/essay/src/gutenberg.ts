import { foldWhitespace } from "./blocks.ts";
import { languageCode } from "./language-code.ts";
import type { Metadata } from "./metadata.ts";
import type { Diagnostic } from "./types.ts";

/** A Project Gutenberg text's body, with the header and licence set aside. */
export interface GutenbergSplit {
  readonly data: Metadata;
  readonly body: string;
  /** The body's first line in the file (1-based). */
  readonly bodyLine: number;
  readonly diagnostics: readonly Diagnostic[];
}

const START = [
  /^\s*\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG\b.*$/im,
  /^\s*\*+\s*END\s*\*+\s*THE SMALL PRINT\b.*$/im,
  /^\s*\*{3}\s*START OF THE PROJECT GUTENBERG\b.*$/im,
];
const END = [
  /^\s*\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG\b.*$/im,
  /^\s*End of (?:the )?Project Gutenberg(?:'s|’s)?\b.*$/im,
];
const PRODUCED_BY =
  /^(?:produced by|this e-?text was (?:prepared|produced) by|e-?text prepared by|transcribed from)\b/i;

/** True when the text carries a Project Gutenberg start marker. */
export function isGutenberg(text: string): boolean {
  return /project gutenberg/i.test(text.slice(0, 20_000)) && START.some((marker) => marker.test(text));
}

/**
 * Sets aside a Project Gutenberg text's header (up to the `*** START OF` marker, or the older
 * `*END*THE SMALL PRINT` line) and its licence (from the `*** END OF` marker or the older "End of
 * the Project Gutenberg EBook" line): they are not body text. `Title:`, `Author:`, `Language:` and
 * `Release Date:` in the header fill the metadata; one diagnostic counts what was set aside.
 */
export function splitGutenberg(text: string, file?: string): GutenbergSplit | undefined {
  if (!isGutenberg(text)) return undefined;
  const lines = text.split("\n");
  let start = -1;
  for (const marker of START) {
    const at = lines.findIndex((line) => marker.test(line));
    if (at > start && at < lines.length * 0.6) start = at;
  }
  if (start === -1) return undefined;
  let end = lines.length;
  for (const marker of END) {
    const at = lines.findIndex((line, i) => i > start && marker.test(line));
    if (at !== -1 && at < end) end = at;
  }
  let first = start + 1;
  // A "Produced by …" credit right after the marker belongs to the edition, not the text.
  while (first < end && lines[first]?.trim() === "") first++;
  let credit = 0;
  if (PRODUCED_BY.test(lines[first]?.trim() ?? "")) {
    while (first < end && lines[first]?.trim() !== "") {
      first++;
      credit++;
    }
  }
  const header = lines.slice(0, start + 1);
  const licence = lines.slice(end);
  const data = headerFields(header);
  const words = (part: readonly string[]) => part.join(" ").split(/\s+/).filter(Boolean).length;
  const setAside = [
    `the Project Gutenberg header (lines 1–${start + 1}, ${words(header)} words)`,
    ...(credit > 0 ? [`the producers' credit (${words(lines.slice(start + 1, first))} words)`] : []),
    ...(licence.length > 0 ? [`the licence (lines ${end + 1}–${lines.length}, ${words(licence)} words)`] : []),
  ];
  return {
    data,
    body: lines.slice(first, end).join("\n"),
    bodyLine: first + 1,
    diagnostics: [
      {
        severity: "info",
        code: "gutenberg-set-aside",
        message: `Set aside ${new Intl.ListFormat("en", { type: "conjunction" }).format(setAside)}: they are not the essay's text.`,
        where: { ...(file !== undefined && { file }), line: 1 },
      },
    ],
  };
}

function headerFields(header: readonly string[]): Metadata {
  const fields = new Map<string, string>();
  header.forEach((line, i) => {
    const match = /^(Title|Author|Language|Release Date|Translator|Editor):\s*(.+)$/i.exec(line.trim());
    if (!match?.[1] || !match[2]) return;
    let value = match[2].trim();
    // A long title continues on indented lines.
    for (let j = i + 1; j < header.length && /^\s+\S/.test(header[j] ?? ""); j++) value += ` ${header[j]?.trim()}`;
    const key = match[1].toLowerCase();
    if (!fields.has(key)) fields.set(key, foldWhitespace(value));
  });
  const ebook = ebookLine(header);
  const title = fields.get("title") ?? ebook?.title;
  const author = fields.get("author") ?? ebook?.author;
  const lang = languageCode(fields.get("language"));
  const date = fields.get("release date")?.replace(/\s*\[.*\]\s*$/, "");
  return {
    ...(title && { title }),
    ...(author && { author, authors: [author] }),
    ...(lang && { lang }),
    ...(date && { date }),
  };
}

/** "The Project Gutenberg eBook of TITLE, by AUTHOR": the title and author of older headers. */
function ebookLine(header: readonly string[]): { title?: string; author?: string } | undefined {
  const line = header.find((candidate) => /Project Gutenberg(?:'s)? E-?(?:Book|text) of /i.test(candidate));
  const match = line ? /E-?(?:Book|text) of (.+?)(?:, by (.+))?$/i.exec(line.trim()) : null;
  if (!match?.[1]) return undefined;
  return { title: match[1].trim(), ...(match[2] && { author: match[2].trim() }) };
}
