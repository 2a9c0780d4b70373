// The catalogue of every problem an essay, a notes file or an essays folder can have, in the
// shape of Astro's errors-data.ts: a stable code, a PascalCase name and a one-line title.
// The message (what is wrong here) and the hint (what to do) are written where the error is raised.

/** One entry of the catalogue. */
export interface EssayErrorData {
  /** PascalCase name, shown by Astro as `[Name]`. */
  readonly name: string;
  /** What went wrong, in general terms. */
  readonly title: string;
}

/** Every documented essay error, keyed by its code. */
export const ESSAY_ERRORS = {
  // Files and folders
  "no-essay-folder": { name: "EssayFolderUnreadable", title: "The essays folder cannot be read." },
  "missing-file": { name: "EssayFileMissing", title: "There is no file at the path given." },
  "not-a-file": { name: "EssayPathIsFolder", title: "The path names a folder, not a file." },
  "unreadable-file": { name: "EssayFileUnreadable", title: "A file cannot be read." },
  "unknown-format": { name: "UnknownEssayFormat", title: "The file is not in an essay format." },
  "reserved-slug": { name: "ReservedEssaySlug", title: "The essay's slug is taken by the site or invalid." },
  "duplicate-slug": { name: "DuplicateEssaySlug", title: "Two essay files have the same slug." },
  "bad-essays": { name: "EssaysCannotBeBuilt", title: "Several essay files cannot be built." },
  // Bytes and encoding
  "empty-file": { name: "EmptyEssay", title: "The essay has no text." },
  "invalid-utf8": { name: "InvalidUtf8", title: "The file is not valid UTF-8." },
  "not-utf8-encoding": { name: "UnsupportedEncoding", title: "The file is in an encoding other than UTF-8." },
  "binary-data": { name: "BinaryEssay", title: "The file holds binary data, not text." },
  // The essay's own text
  "front-matter-syntax": { name: "FrontMatterSyntax", title: "The front matter cannot be parsed." },
  "front-matter-unclosed": { name: "FrontMatterUnclosed", title: "The front matter's fence never closes." },
  "front-matter-no-body": { name: "FrontMatterWithoutBody", title: "The file has front matter but no essay after it." },
  "html-unclosed-comment": { name: "UnclosedHtmlComment", title: "An HTML comment in the essay never closes." },
  "html-unclosed-tag": { name: "UnclosedHtmlTag", title: "An HTML tag in the essay never closes." },
  "html-unclosed-table": { name: "UnclosedHtmlTable", title: "An HTML table in the essay never closes." },
  // Notes files
  "invalid-notes-mdx": { name: "InvalidNotesMdx", title: "The notes file is not valid MDX." },
  "stray-notes-content": { name: "StrayNotesContent", title: "The notes file has content outside a note." },
  "note-without-quote": { name: "NoteWithoutQuote", title: "A note has no quote to anchor it." },
  "unknown-note-kind": { name: "UnknownNoteKind", title: "A note's kind is unknown." },
  "empty-note": { name: "EmptyNote", title: "A note has no text." },
  "markup-in-note": { name: "MarkupInNote", title: "A note contains HTML, JSX or an expression." },
  "block-in-note": { name: "BlockInNote", title: "A note contains a block that cannot sit in a margin." },
  "unsafe-note-link": { name: "UnsafeNoteLink", title: "A note links to an unsafe address." },
  "bad-note-attribute": { name: "BadNoteAttribute", title: "A note or link has an attribute it cannot take." },
  "overlapping-notes": { name: "OverlappingNotes", title: "Two notes quote overlapping words." },
  "ambiguous-note-quote": { name: "AmbiguousNoteQuote", title: "A quote matches in more than one place." },
  "unanchored-note": { name: "UnanchoredNote", title: "A quote matches nowhere in the essay." },
  "unknown-link-type": { name: "UnknownLinkType", title: "An editor's link has an unknown type." },
  "link-without-end": { name: "LinkWithoutEnd", title: "An editor's link lacks one of its ends." },
  "unknown-link-paragraph": { name: "UnknownLinkParagraph", title: "An editor's link names a missing paragraph." },
  "bad-edition-date": {
    name: "BadEditionDate",
    title: "The notes file's <Edition> gives a date that is not ISO 8601.",
  },
  "second-edition": { name: "SecondEdition", title: "The notes file has more than one <Edition>." },
} as const satisfies Record<string, EssayErrorData>;

/** A documented error code, such as `"invalid-utf8"`. */
export type EssayErrorCode = keyof typeof ESSAY_ERRORS;

/** True when `code` names an entry of the catalogue. */
export function isEssayErrorCode(code: unknown): code is EssayErrorCode {
  return typeof code === "string" && Object.hasOwn(ESSAY_ERRORS, code);
}
