import type { AnchoredNote, Essay, Footnote, InlineMark, NoteKind, ParagraphId } from "@scholia/essay";

/** One note of the edition as readers see it: an editor's note or one of the author's own footnotes. */
export interface EditionNote {
  /** The number shown to readers, counting editor's notes and footnotes together in document order. */
  readonly number: number;
  /** Who wrote it: the edition's editor (the notes file) or the essay's author (a footnote of the source). */
  readonly origin: "editor" | "footnote";
  /** The model's id: `n1`… for editor's notes, `fn1`… for footnotes. */
  readonly id: string;
  readonly kind: NoteKind | "footnote";
  readonly paragraphId: ParagraphId;
  /** The commented words in the paragraph's text; `start === end` at a footnote's reference. */
  readonly start: number;
  readonly end: number;
  /** The words the note comments on, empty for a footnote. */
  readonly quote: string;
  /** The note's body as plain text. */
  readonly text: string;
  /** The body's HTML (editor's notes, rendered from their Markdown by the parser). */
  readonly html?: string;
  /** The body's inline marks over `text` (footnotes). */
  readonly marks: readonly InlineMark[];
}

/** Every note of an edition, numbered, with the look-ups the pages need. */
export interface EditionNotes {
  /** All notes in reading order (the order of their numbers). */
  readonly all: readonly EditionNote[];
  /** The notes whose number appears in a paragraph: editor's notes anchored there and footnotes first referenced there. */
  readonly byParagraph: ReadonlyMap<ParagraphId, readonly EditionNote[]>;
  /** Footnotes by their model id, for references after the first. */
  readonly footnotes: ReadonlyMap<string, EditionNote>;
}

type Unnumbered = Omit<EditionNote, "number"> & { readonly order: number };

const fromEditor = (note: AnchoredNote, order: number): Unnumbered => ({
  origin: "editor",
  id: note.id,
  kind: note.kind,
  paragraphId: note.paragraphId,
  start: note.start,
  end: note.end,
  quote: note.selector.exact,
  text: note.text,
  html: note.html,
  marks: [],
  order,
});

const fromFootnote = (footnote: Footnote, order: number): Unnumbered => ({
  origin: "footnote",
  id: footnote.id,
  kind: "footnote",
  paragraphId: footnote.paragraphId,
  start: footnote.offset,
  end: footnote.offset,
  quote: "",
  text: footnote.text,
  marks: footnote.marks ?? [],
  order,
});

/**
 * Merges an essay's editor's notes and its own footnotes into one numbered list: numbers follow the
 * place where each note's number is shown (the end of an editor's note's quote, a footnote's first
 * reference), paragraph by paragraph, so both kinds share the margin, the toggles and the endnotes.
 */
export function editionNotes(essay: Essay): EditionNotes {
  // Every page of an essay asks for the same notes: merge them once per essay.
  const cached = merged.get(essay);
  if (cached) return cached;
  const notes = mergeNotes(essay);
  merged.set(essay, notes);
  return notes;
}

const merged = new WeakMap<Essay, EditionNotes>();

function mergeNotes(essay: Essay): EditionNotes {
  const position = new Map(essay.paragraphs.map((paragraph, at) => [paragraph.id, at]));
  // Essays cached before notes or footnotes existed lack the fields; treat them as having none.
  const sorted = [
    ...(essay.notes ?? []).map((note, at) => fromEditor(note, at)),
    ...(essay.footnotes ?? []).map((footnote, at) => fromFootnote(footnote, at)),
  ].sort(
    (a, b) =>
      (position.get(a.paragraphId) ?? Number.MAX_SAFE_INTEGER) -
        (position.get(b.paragraphId) ?? Number.MAX_SAFE_INTEGER) ||
      a.end - b.end ||
      (a.origin === b.origin ? a.order - b.order : a.origin === "footnote" ? -1 : 1),
  );
  const all = sorted.map(({ order: _, ...note }, at): EditionNote => ({ ...note, number: at + 1 }));
  const byParagraph = new Map<ParagraphId, EditionNote[]>();
  for (const note of all) {
    const list = byParagraph.get(note.paragraphId);
    if (list) list.push(note);
    else byParagraph.set(note.paragraphId, [note]);
  }
  const footnotes = new Map(all.filter((note) => note.origin === "footnote").map((note) => [note.id, note]));
  return { all, byParagraph, footnotes };
}
