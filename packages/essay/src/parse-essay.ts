import { type Block, type ReadBody, type SectionBreak, sameWords } from "./blocks.ts";
import { takeByline } from "./byline.ts";
import { tagClaims } from "./claims/tag-claims.ts";
import { computeCrossRefs } from "./cross-refs/cross-refs.ts";
import { decodeEssay } from "./decode.ts";
import { diagnose } from "./diagnostics.ts";
import { findEntities } from "./entities/find-entities.ts";
import { numberFootnotes } from "./footnotes.ts";
import { paragraphId, toEssaySlug } from "./ids.ts";
import { detectLanguage, isEnglish } from "./language/detect-language.ts";
import { segmentSentences } from "./language/segment-sentences.ts";
import { readMarkdown } from "./markdown/read-markdown.ts";
import { authorFields, type Metadata } from "./metadata.ts";
import { readPlainText } from "./plain-text/read-plain-text.ts";
import { readPrelude } from "./prelude.ts";
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
  const prelude = readPrelude(text, options.file);
  const meta = prelude.data;
  const hasTitle = meta.title !== undefined;
  const read: ReadBody =
    format === "markdown"
      ? readMarkdown(prelude.body, { firstLine: prelude.bodyLine, hasTitle, title: meta.title, file: options.file })
      : readPlainText(prelude.body, prelude.bodyLine, hasTitle, options.file);
  const { blocks: bodyBlocks, sections: bodySections, byline } = withoutByline(read, meta);
  const numbered = numberFootnotes(bodyBlocks, bodySections, read.footnotes, options.file);
  const title = meta.title ?? read.title ?? humanise(slug);
  const subtitle = meta.subtitle ?? read.subtitle;
  const authors = meta.authors ?? (byline ? authorFields([byline], meta.lang).authors : undefined);
  const author = meta.author ?? byline;
  const lang = detectLanguage(
    meta.lang,
    numbered.blocks.filter((block) => block.analysed).map((block) => block.text),
  );
  const english = isEnglish(lang);
  const paragraphs = buildParagraphs(numbered.blocks, [title, subtitle ?? ""].join(" "), lang);
  // Code, tables and figures are not prose: entities and cross-references read only analysed blocks.
  const prose = paragraphs.filter((paragraph) => paragraph.analysed);
  const entities = findEntities(prose, { english });
  const blocks = numbered.blocks.map((block, i) => ({ ...block, id: paragraphId(i + 1) }));
  return {
    slug,
    title,
    ...(subtitle !== undefined && { subtitle }),
    ...(author !== undefined && { author }),
    ...(authors !== undefined && { authors }),
    ...(meta.date !== undefined && { date: meta.date }),
    ...(meta.source !== undefined && { source: meta.source }),
    lang,
    ...(meta.editor !== undefined && { edition: { editor: meta.editor } }),
    format,
    paragraphs,
    sections: numbered.sections,
    entities,
    crossRefs: computeCrossRefs(prose, entities),
    notes: [],
    footnotes: numbered.footnotes,
    diagnostics: [
      ...prelude.diagnostics,
      ...(read.diagnostics ?? []),
      ...numbered.diagnostics,
      ...diagnose({
        // A title made from the file name is not the document's headline: nothing to compare.
        title: meta.title ?? read.title ?? "",
        subtitle,
        titleLine: read.titleLine,
        blocks: blocks.filter((block) => block.analysed),
        file: options.file,
        english,
      }),
    ],
  };
}

function withoutByline(
  read: ReadBody,
  meta: Metadata,
): { blocks: readonly Block[]; sections: readonly SectionBreak[]; byline?: string } {
  let blocks = read.blocks;
  let sections = read.sections;
  const remove = (index: number) => {
    blocks = blocks.filter((_, i) => i !== index);
    sections = sections.map((section) =>
      section.before > index + 1 ? { ...section, before: section.before - 1 } : section,
    );
  };
  // A first paragraph that repeats the metadata's title (a bold headline under front matter) is the title, not body.
  const [first] = blocks;
  if (
    meta.title !== undefined &&
    first?.type === "paragraph" &&
    sameWords(first.text, meta.title) &&
    sections[0]?.before !== 1
  ) {
    remove(0);
  }
  const found = meta.author === undefined ? takeByline(blocks) : undefined;
  if (!found) return { blocks, sections };
  remove(blocks.findIndex((block) => !found.blocks.includes(block)));
  return { blocks, sections, byline: found.author };
}

function buildParagraphs(blocks: readonly Block[], headline: string, lang: string): Paragraph[] {
  const shells = blocks.map((block, i) => ({
    id: paragraphId(i + 1),
    index: i + 1,
    type: block.type,
    line: block.line,
    text: block.text,
    analysed: block.analysed,
    marks: block.marks,
    ...(block.quoteDepth !== undefined && { quoteDepth: block.quoteDepth }),
    ...(block.list !== undefined && { list: block.list }),
    ...(block.code !== undefined && { code: block.code }),
    ...(block.table !== undefined && { table: block.table }),
    ...(block.figure !== undefined && { figure: block.figure }),
    sentences: block.analysed ? segmentSentences(block.text, lang) : [],
  }));
  // Claim kinds are defined for English only: other languages' paragraphs carry no claims.
  const claims = isEnglish(lang)
    ? tagClaims(
        shells.filter((shell) => shell.analysed),
        { headline },
      )
    : [];
  let next = 0;
  return shells.map((shell) => ({ ...shell, claims: shell.analysed ? (claims[next++] ?? []) : [] }));
}

function humanise(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
