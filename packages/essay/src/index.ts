export {
  type LibraryCrossRef,
  type LibraryCrossRefOptions,
  type LibraryEssay,
  type LibraryPlace,
  libraryCrossRefs,
} from "./cross-refs/library-cross-refs.ts";
export { EssayError, isEssayError } from "./errors.ts";
export { ESSAY_ERRORS, type EssayErrorCode } from "./errors-data.ts";
export { isClaimId, isEssaySlug, isParagraphId } from "./ids.ts";
export { attachNotes } from "./notes/attach-notes.ts";
export { type ParseOptions, parseEssay } from "./parse-essay.ts";
export { readEssayFile } from "./read-essay-file.ts";
export {
  type AnchoredNote,
  type BlockType,
  type BreakMark,
  CLAIM_KINDS,
  type Claim,
  type ClaimId,
  type ClaimKind,
  type CodeInfo,
  type CrossRef,
  type CrossRefReason,
  type Diagnostic,
  type Entity,
  type EntityType,
  type Essay,
  type EssayFormat,
  type EssaySlug,
  type FigureInfo,
  type Footnote,
  type FootnoteRefMark,
  type InlineMark,
  type LinkMark,
  type ListInfo,
  type Mention,
  type NoteKind,
  type Paragraph,
  type ParagraphId,
  type Section,
  type Sentence,
  type Severity,
  type SourcePosition,
  type SpanMark,
  type TableCell,
  type TableInfo,
  type TextQuoteSelector,
} from "./types.ts";
