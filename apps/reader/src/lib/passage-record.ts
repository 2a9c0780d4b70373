import { createHash } from "node:crypto";
import type { PassageNote, PassageRecord, PassageSelector } from "@scholia/embed";
import type { AnchoredNote, Essay, Paragraph } from "@scholia/essay";
import { bibtex, type CitationSource, citations, plainText } from "./citation.ts";
import { type EditionNote, editionNotes } from "./edition-notes.ts";
import { passageBlock, passageMarks } from "./passage-block.ts";
import { passageUrls, siteInfo } from "./passage-urls.ts";

/** How many characters of the neighbouring paragraphs a passage's TextQuoteSelector quotes before and after it. */
export const CONTEXT_CHARS = 32;

/**
 * `"sha256-<base64>"` of a text's UTF-8 bytes, the form Subresource Integrity uses.
 * @example contentHash("") // "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
 */
export function contentHash(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

// Never cut a surrogate pair in half: a lone surrogate is not valid text in JSON consumers' eyes.
const lastChars = (text: string, count: number): string => {
  let start = Math.max(0, text.length - count);
  if (/[\udc00-\udfff]/.test(text.charAt(start)) && start > 0) start++;
  return text.slice(start);
};
const firstChars = (text: string, count: number): string => {
  let end = Math.min(text.length, count);
  if (/[\ud800-\udbff]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
};

/** The paragraphs before and after one paragraph of an essay, when there are some. */
export function neighbours(essay: Essay, paragraph: Paragraph): { previous?: Paragraph; next?: Paragraph } {
  const at = essay.paragraphs.findIndex((candidate) => candidate.id === paragraph.id);
  const previous = at > 0 ? essay.paragraphs[at - 1] : undefined;
  const next = at >= 0 ? essay.paragraphs[at + 1] : undefined;
  return { ...(previous && { previous }), ...(next && { next }) };
}

/** A W3C TextQuoteSelector for a paragraph: its text, with up to 32 characters of its neighbours on each side. */
export function textQuoteSelector(essay: Essay, paragraph: Paragraph): PassageSelector {
  const { previous, next } = neighbours(essay, paragraph);
  return {
    type: "TextQuoteSelector",
    exact: paragraph.text,
    prefix: previous ? lastChars(previous.text, CONTEXT_CHARS) : "",
    suffix: next ? firstChars(next.text, CONTEXT_CHARS) : "",
  };
}

/** The notes anchored in one paragraph, in reading order. */
export function notesOf(essay: Essay, paragraph: Paragraph): AnchoredNote[] {
  // Essays cached before notes existed lack the field; treat them as having none.
  const notes: readonly AnchoredNote[] = essay.notes ?? [];
  return notes.filter((note) => note.paragraphId === paragraph.id).sort((a, b) => a.start - b.start);
}

/** What citations of one passage are made from. */
export function citationSource(essay: Essay, paragraph: Paragraph): CitationSource {
  return {
    title: essay.title,
    author: essay.author,
    date: essay.date,
    siteName: siteInfo().name,
    url: passageUrls(essay.slug, paragraph.id).passage,
    paragraph: paragraph.index,
    key: `${essay.slug}-${paragraph.id}`,
  };
}

// A footnote's links and emphasis go with its text (absolute and safe, as the passage's own); editor's notes have none.
const passageNote = (paragraph: Paragraph, note: EditionNote, reading: string): PassageNote => {
  const marks = passageMarks(note.marks, reading);
  return {
    id: note.id,
    kind: note.kind,
    number: note.number,
    quote: paragraph.text.slice(note.start, note.end),
    text: note.text,
    ...(marks.length > 0 && { marks }),
  };
};

/** The notes a passage shows: editor's notes anchored in it and the footnotes it references, in the order of their numbers. */
export function editionNotesOf(essay: Essay, paragraph: Paragraph): EditionNote[] {
  const { all } = editionNotes(essay);
  // References in the text and in a table's cells.
  const marks = [...(paragraph.marks ?? []), ...(paragraph.table?.rows.flat().flatMap((cell) => cell.marks) ?? [])];
  const referenced = new Set(marks.flatMap((mark) => (mark.type === "footnote-ref" ? [mark.footnote] : [])));
  return all.filter((note) =>
    note.origin === "editor"
      ? note.paragraphId === paragraph.id
      : note.paragraphId === paragraph.id || referenced.has(note.id),
  );
}

/** The footnotes among a passage's notes, by model id: what its references link to in the page's list of notes. */
export function footnotesById(notes: readonly EditionNote[]): ReadonlyMap<string, EditionNote> {
  return new Map(notes.flatMap((note) => (note.origin === "footnote" ? [[note.id, note] as const] : [])));
}

/** The record published at `/<slug>/p<n>.json`: exactly the `PassageRecord` shape of `@scholia/embed`. */
export function passageRecord(essay: Essay, paragraph: Paragraph): PassageRecord {
  const urls = passageUrls(essay.slug, paragraph.id);
  const { previous, next } = neighbours(essay, paragraph);
  const source = citationSource(essay, paragraph);
  const [chicago] = citations(source);
  return {
    version: 1,
    type: "scholia-passage",
    essay: {
      slug: essay.slug,
      title: essay.title,
      ...(essay.subtitle !== undefined && { subtitle: essay.subtitle }),
      ...(essay.author !== undefined && { author: essay.author }),
      ...(essay.date !== undefined && { date: essay.date }),
      ...(essay.lang !== undefined && { lang: essay.lang }),
      url: urls.reading,
    },
    passage: {
      id: paragraph.id,
      index: paragraph.index,
      text: paragraph.text,
      block: passageBlock(paragraph, urls.reading),
      url: urls.passage,
      contextUrl: urls.context,
    },
    claims: paragraph.claims.map(({ id, kind, thesis, text, start, end, cues }) => ({
      id,
      kind,
      thesis,
      text,
      start,
      end,
      cues: [...cues],
    })),
    notes: editionNotesOf(essay, paragraph).map((note) => passageNote(paragraph, note, urls.reading)),
    selector: textQuoteSelector(essay, paragraph),
    hash: contentHash(paragraph.text),
    citation: { text: chicago ? plainText(chicago.reference) : urls.passage, bibtex: bibtex(source) },
    site: siteInfo(),
    ...(previous && { previous: passageUrls(essay.slug, previous.id).passage }),
    ...(next && { next: passageUrls(essay.slug, next.id).passage }),
  };
}
