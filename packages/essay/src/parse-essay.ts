import type { Block, ReadBody } from "./blocks.ts";
import { tagClaims } from "./claims/tag-claims.ts";
import { computeCrossRefs } from "./cross-refs/cross-refs.ts";
import { decodeEssay } from "./decode.ts";
import { diagnose } from "./diagnostics.ts";
import { findEntities } from "./entities/find-entities.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { paragraphId, toEssaySlug } from "./ids.ts";
import { detectLanguage, isEnglish } from "./language/detect-language.ts";
import { segmentSentences } from "./language/segment-sentences.ts";
import { readMarkdown } from "./markdown.ts";
import { readPlainText } from "./plain-text.ts";
import type { Essay, EssayFormat, Paragraph } from "./types.ts";

/** Options for {@link parseEssay}. */
export interface ParseOptions {
  /**
   * The essay's slug: its file name without extension.
   * @example "talking-about-talking"
   */
  readonly slug: string;
  /**
   * The source format; `"text"` unless the file is Markdown.
   * @example "markdown"
   */
  readonly format?: EssayFormat;
  /**
   * The file's path, named in errors and diagnostics.
   * @example "essays/talking-about-talking.txt"
   */
  readonly file?: string;
}

/** Parses an essay's text (or bytes) into the Scholia essay model. */
export function parseEssay(source: string | Uint8Array, options: ParseOptions): Essay {
  if (typeof source !== "string" && !(source instanceof Uint8Array)) {
    throw new TypeError(`parseEssay() takes a string or Uint8Array, not ${typeof source}`);
  }
  const slug = toEssaySlug(options.slug);
  const format = options.format ?? "text";
  const text = decodeEssay(source, options.file);
  const front = splitFrontMatter(text, options.file);
  const hasTitle = front.data.title !== undefined;
  const read: ReadBody =
    format === "markdown" ? readMarkdown(text, hasTitle) : readPlainText(front.body, front.bodyLine, hasTitle);
  const title = front.data.title ?? read.title ?? humanise(slug);
  const subtitle = front.data.subtitle ?? read.subtitle;
  const lang = detectLanguage(
    front.data.lang,
    read.blocks.map((block) => block.text),
  );
  const english = isEnglish(lang);
  const paragraphs = buildParagraphs(read.blocks, [title, subtitle ?? ""].join(" "), lang);
  const entities = findEntities(paragraphs, { english });
  const blocks = read.blocks.map((block, i) => ({ ...block, id: paragraphId(i + 1) }));
  return {
    slug,
    title,
    ...(subtitle !== undefined && { subtitle }),
    ...(front.data.author !== undefined && { author: front.data.author }),
    ...(front.data.date !== undefined && { date: front.data.date }),
    ...(front.data.source !== undefined && { source: front.data.source }),
    lang,
    format,
    paragraphs,
    sections: read.sections,
    entities,
    crossRefs: computeCrossRefs(paragraphs, entities),
    notes: [],
    footnotes: [],
    diagnostics: diagnose({ title, subtitle, titleLine: read.titleLine, blocks, file: options.file, english }),
  };
}

function buildParagraphs(blocks: readonly Block[], headline: string, lang: string): Paragraph[] {
  const shells = blocks.map((block, i) => ({
    id: paragraphId(i + 1),
    index: i + 1,
    type: block.type,
    line: block.line,
    text: block.text,
    analysed: true,
    marks: [],
    sentences: segmentSentences(block.text, lang),
  }));
  // Claim kinds are defined for English only: other languages' paragraphs carry no claims.
  const claims = isEnglish(lang) ? tagClaims(shells, { headline }) : [];
  return shells.map((shell, i) => ({ ...shell, claims: claims[i] ?? [] }));
}

function humanise(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
