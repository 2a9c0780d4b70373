export {
  type LibraryCrossRef,
  type LibraryCrossRefOptions,
  type LibraryEssay,
  type LibraryPlace,
  libraryCrossRefs,
} from "./cross-refs/library-cross-refs.ts";
export { EssayError, formatMessage, isEssayError } from "./errors.ts";
export { type EssayFileEntry, type LoadedEssay, listEssayFiles, loadEssayDirectory } from "./essay-directory.ts";
export { ESSAY_EXTENSIONS, formatOf, slugOf } from "./essay-file.ts";
export { claimId, isClaimId, isEssaySlug, isParagraphId, paragraphId, toEssaySlug } from "./ids.ts";
export { attachNotes } from "./notes/attach-notes.ts";
export { EDITOR_LINK_TYPES, NOTE_KINDS, parseNotesFile } from "./notes/notes-file.ts";
export { anchorQuote } from "./notes/quote-anchor.ts";
export { notesPathOf } from "./notes/read-notes-file.ts";
export { type ParseOptions, parseEssay } from "./parse-essay.ts";
export { readEssayFile } from "./read-essay-file.ts";
export { splitSentences } from "./sentences.ts";
export * from "./types.ts";
