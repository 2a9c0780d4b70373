import type { Block } from "./blocks.ts";
import { paragraphNumber } from "./ids.ts";
import { isCommonWord } from "./lexicon.ts";
import type { Diagnostic, ParagraphId, SourcePosition } from "./types.ts";

/** What the diagnostics read: the headline, the body blocks with their ids, and the file. */
export interface DiagnosticsInput {
  readonly title: string;
  readonly subtitle?: string | undefined;
  readonly titleLine?: number | undefined;
  readonly blocks: readonly (Block & { readonly id: ParagraphId })[];
  readonly file?: string | undefined;
  /** False for an essay not in English: the headline check reads English names only. */
  readonly english?: boolean;
}

/** Every diagnostic the parser knows how to find. */
export function diagnose(input: DiagnosticsInput): Diagnostic[] {
  const headline = input.english === false ? [] : headlineMismatch(input);
  return [...headline, ...emptyParagraphs(input), ...suspiciousEncoding(input)];
}

const NAME_WORD = /\p{Lu}[\p{L}’'-]*\p{L}/gu;

/** The headline's names (title and subtitle) that the body never mentions. */
export function headlineMismatch(input: DiagnosticsInput): Diagnostic[] {
  const headline = [input.title, input.subtitle ?? ""].join(" ");
  const names = new Set<string>();
  for (const [word] of headline.matchAll(NAME_WORD)) names.add(word.replace(/[’']s$/u, ""));
  const missing = new Set<string>();
  if (names.size === 0) return [];
  // Only the headline's few names are looked for, each as a whole word of the body: no index of
  // every body word is built, which kept this check at a tenth of the parse on long essays.
  const body = input.blocks.map((block) => block.text).join("\n");
  for (const name of names) {
    if (isCommonWord(name) || mentions(body, name)) continue;
    missing.add(name);
  }
  if (missing.size === 0 || input.blocks.length === 0) return [];
  const list = new Intl.ListFormat("en", { type: "conjunction" }).format(missing);
  return [
    {
      severity: "warning",
      code: "headline-body-mismatch",
      message: `The headline names ${list}, but the body never mentions ${missing.size > 1 ? "them" : "it"}: the headline may belong to another article.`,
      where: clean({ file: input.file, line: input.titleLine ?? 1 }),
    },
  ];
}

// A word is the longest run of letters, apostrophes and hyphens, as a reader would count it.
const WORD_CHAR = /[\p{L}’'-]/u;

/** True when `body` has `name` as a whole word, in any case. */
function mentions(body: string, name: string): boolean {
  const pattern = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
  for (const match of body.matchAll(pattern)) {
    const before = body[match.index - 1] ?? " ";
    const after = body[match.index + match[0].length] ?? " ";
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

function emptyParagraphs(input: DiagnosticsInput): Diagnostic[] {
  return input.blocks
    .filter((block) => !/[\p{L}\p{N}]/u.test(block.text))
    .map((block) => ({
      severity: "warning" as const,
      code: "empty-paragraph",
      message: `Paragraph ${paragraphNumber(block.id)} has no words, only "${block.text}".`,
      where: clean({ file: input.file, line: block.line, paragraphId: block.id }),
    }));
}

// Mojibake left by reading UTF-8 as Windows-1252 ("â€™"), replacement characters, and
// invisible characters that can hide or reorder text.
const ENCODING_SIGNS: readonly [RegExp, string][] = [
  [/Ã[\u0080-\u00BF]|â€[™œ\u009D“”˜]/u, "text that looks double-encoded (UTF-8 read as Windows-1252)"],
  [/\uFFFD/u, "replacement characters (�) where the original characters were lost"],
  [/[\u202A-\u202E\u2066-\u2069]/u, "bidirectional control characters that can reorder text"],
  [/\u200B|\u200C|\u200D|\u2060|\uFEFF/u, "zero-width characters"],
];

function suspiciousEncoding(input: DiagnosticsInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [pattern, what] of ENCODING_SIGNS) {
    const block = input.blocks.find((candidate) => pattern.test(candidate.text));
    if (!block) continue;
    found.push({
      severity: "warning",
      code: "suspicious-encoding",
      message: `Paragraph ${paragraphNumber(block.id)} contains ${what}; they are shown as they are.`,
      where: clean({ file: input.file, line: block.line, paragraphId: block.id }),
    });
  }
  return found;
}

function clean(value: { [K in keyof SourcePosition]: SourcePosition[K] | undefined }): SourcePosition {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as SourcePosition;
}
