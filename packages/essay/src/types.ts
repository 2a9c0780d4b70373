/** The kinds of claim a sentence can make, in the precedence order of docs/claims.md. */
export const CLAIM_KINDS = [
  "recommendation",
  "prediction",
  "evidence",
  "attribution",
  "concession",
  "assessment",
] as const;

/** One of the six claim kinds. */
export type ClaimKind = (typeof CLAIM_KINDS)[number];

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A paragraph id such as `p3`, counting body paragraphs from 1. */
export type ParagraphId = Brand<string, "ParagraphId">;
/** A claim id such as `p3.s2`: paragraph, then sentence, both from 1. */
export type ClaimId = Brand<string, "ClaimId">;
/** An essay slug: the essay file's name without extension. */
export type EssaySlug = Brand<string, "EssaySlug">;

/** The input formats the parser reads. */
export type EssayFormat = "text" | "markdown";

/**
 * What a block of the body is. Prose blocks (`paragraph`, `quote`, `list-item`, `verse`,
 * `heading` inside a quote or list) are split into sentences and claim-tagged; `code`,
 * `table` and `figure` are not (their `analysed` is false).
 */
export type BlockType = "paragraph" | "quote" | "list-item" | "heading" | "verse" | "code" | "table" | "figure";

/** The block types whose text is not prose: never split into sentences nor claim-tagged. */
export const UNANALYSED_BLOCK_TYPES: readonly BlockType[] = ["code", "table", "figure"];

/** An inline mark with no attributes beyond its kind. */
export interface SpanMark {
  readonly type: "emphasis" | "strong" | "code" | "delete" | "sup" | "sub";
  /** Offsets into the block's `text` (UTF-16), `start < end`. */
  readonly start: number;
  readonly end: number;
}

/** A link over a run of the block's text. */
export interface LinkMark {
  readonly type: "link";
  readonly start: number;
  readonly end: number;
  /** The target as written (relative, `#fragment`, `mailto:` or an http(s) URL); never `javascript:`. */
  readonly href: string;
  readonly title?: string;
}

/** Where a footnote is referenced: a zero-width mark (`start === end`) at the reference. */
export interface FootnoteRefMark {
  readonly type: "footnote-ref";
  readonly start: number;
  readonly end: number;
  /** The footnote's `id` in the essay's `footnotes`. */
  readonly footnote: string;
}

/** A hard line break (verse, addresses, trailing-space breaks): zero-width, `start === end`. */
export interface BreakMark {
  readonly type: "break";
  readonly start: number;
  readonly end: number;
}

/** A range of a block's plain `text` that carries inline structure; analysis never sees it. */
export type InlineMark = SpanMark | LinkMark | FootnoteRefMark | BreakMark;

/** Where a list item sits in its list. */
export interface ListInfo {
  /** True for a numbered list. */
  readonly ordered: boolean;
  /** The item's number as the source gives it (ordered lists only). */
  readonly number?: number;
  /** 1 for a top-level list, 2 for a list inside a list item, and so on. */
  readonly depth: number;
  /** Same for every item of one list, so a renderer can group consecutive items: `l1`, `l2`… */
  readonly list: string;
  /** A task-list item's box (`- [x]` true, `- [ ]` false); absent for other items. */
  readonly checked?: boolean;
}

/** One cell of a table: plain text with its inline marks. */
export interface TableCell {
  readonly text: string;
  readonly marks: readonly InlineMark[];
}

/** A table block's cells. */
export interface TableInfo {
  /** Column alignment as the source declares it. */
  readonly align: readonly ("left" | "right" | "center" | null)[];
  /** True when the first row is a header row. */
  readonly header: boolean;
  readonly rows: readonly (readonly TableCell[])[];
}

/** A figure block's image. */
export interface FigureInfo {
  /** The image's URL as written. */
  readonly src: string;
  /** The alt text (may be empty when the source gives none: then a diagnostic says so). */
  readonly alt: string;
  readonly title?: string;
  /** The caption (figcaption, or a title), as plain text. */
  readonly caption?: string;
}

/** A code block's source. */
export interface CodeInfo {
  /** The language from the fence's info string, when given. */
  readonly lang?: string;
  /** The code exactly as written, line breaks kept (the block's `text` is the same). */
  readonly value: string;
}

/** A footnote of the source (Markdown `[^x]`, or a plain text's bracketed endnote). */
export interface Footnote {
  /** `fn1`, `fn2`… in order of first reference. */
  readonly id: string;
  /** The label as written in the source (`x` of `[^x]`, `1` of `[1]`). */
  readonly label: string;
  /** The paragraph where it is first referenced. */
  readonly paragraphId: ParagraphId;
  /** Offset of its first reference in that paragraph's text. */
  readonly offset: number;
  /** The footnote's body as plain text (several paragraphs joined by line-break marks). */
  readonly text: string;
  readonly marks: readonly InlineMark[];
  /** 1-based source line of the definition. */
  readonly line: number;
}

/** One sentence of a paragraph, as offsets into the paragraph's text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The claim one sentence makes, per docs/claims.md. */
export interface Claim {
  readonly id: ClaimId;
  readonly paragraphId: ParagraphId;
  readonly kind: ClaimKind;
  readonly thesis: boolean;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The features that decided the kind, in words a reader understands, e.g. `decided by "should"`. */
  readonly cues: readonly string[];
}

/** What a block of the body is and holds, as its format reader finds it: the model's paragraphs before sentences and claims. */
export interface BlockBody {
  readonly type: BlockType;
  /** Source line (1-based) where the paragraph starts. */
  readonly line: number;
  /** The block's plain text: what sentences, claims, entities, notes and offsets are computed on. */
  readonly text: string;
  /** False for code, tables and figures: no sentences, no claims, no entities. */
  readonly analysed: boolean;
  /** Inline structure over `text`, sorted by `start`; empty for plain prose. */
  readonly marks: readonly InlineMark[];
  /** Block quote nesting depth (1 for `> x`); absent outside quotes. */
  readonly quoteDepth?: number;
  readonly list?: ListInfo;
  readonly code?: CodeInfo;
  readonly table?: TableInfo;
  readonly figure?: FigureInfo;
}

/** A body paragraph (or quote, list item, verse, code block, table or figure) of the essay. */
export interface Paragraph extends BlockBody {
  readonly id: ParagraphId;
  readonly index: number;
  readonly sentences: readonly Sentence[];
  /** One claim per sentence; empty when the essay is not in English (claim kinds are English-only). */
  readonly claims: readonly Claim[];
}

/** Where an entity is mentioned: offsets into one paragraph's text. */
export interface Mention {
  readonly paragraphId: ParagraphId;
  readonly start: number;
  readonly end: number;
}

/** The kinds of entity the parser recognises. */
export type EntityType = "person" | "place" | "organisation" | "date" | "other";

/** An actor, place, organisation or dated event named in the essay. */
export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
}

/** Why two paragraphs are linked. */
export type CrossRefReason =
  | "back-reference"
  | "shared-actors"
  | "lexical"
  | "supports"
  | "contradicts"
  | "qualifies"
  | "defines"
  | "example-of";

/** A link from one paragraph to another. */
export interface CrossRef {
  readonly from: ParagraphId;
  readonly to: ParagraphId;
  readonly reason: CrossRefReason;
  readonly score: number;
  /** The words that make the link, when there are some (a back-reference's phrase, shared names). */
  readonly evidence?: string;
}

/** How serious a diagnostic is. */
export type Severity = "error" | "warning" | "info";

/** A position in a source file, 1-based. */
export interface SourcePosition {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly paragraphId?: ParagraphId;
}

/** Something the parser noticed about the essay that a reader or editor should know. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly where: SourcePosition;
}

/** What an editor's note does for the reader. */
export type NoteKind = "context" | "source" | "correction" | "definition";

/** A W3C Web Annotation TextQuoteSelector: the quoted words, with some text before and after. */
export interface TextQuoteSelector {
  readonly type: "TextQuoteSelector";
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/** The editor of an essay's notes and the dates of the notes file, as far as they are given. */
export interface EditionInfo {
  readonly editor?: string;
  readonly created?: string;
  readonly modified?: string;
}

/** An editor's note from the essay's notes file, anchored to a span of one paragraph. */
export interface AnchoredNote {
  /** `n1`, `n2`… in the order of the notes file. */
  readonly id: string;
  /** The note's number as shown to readers, in document order of the anchors. */
  readonly number: number;
  readonly kind: NoteKind;
  readonly paragraphId: ParagraphId;
  /** Offsets of the anchored quote in the paragraph's text. */
  readonly start: number;
  readonly end: number;
  readonly selector: TextQuoteSelector;
  /** The note's body as plain text. */
  readonly text: string;
  /** The note's body rendered to HTML from its Markdown (links, emphasis; no raw HTML). */
  readonly html: string;
  /** Line of the note in the notes file. */
  readonly line: number;
  /** True when the quote no longer matched exactly and was re-anchored by fuzzy matching. */
  readonly fuzzy: boolean;
}

/** A section heading (or a thematic break, with an empty title) inside the body, placed before paragraph number `before` (1-based). */
export interface Section {
  readonly title: string;
  /** Heading level: 2 for `##`, 1 for a plain-text `CHAPTER II.`; 0 for a thematic break. */
  readonly depth?: number;
  readonly marks?: readonly InlineMark[];
  readonly line: number;
  readonly before: number;
}

/** The whole essay model: plain, JSON-serialisable data. */
export interface Essay {
  readonly slug: EssaySlug;
  readonly title: string;
  readonly subtitle?: string;
  /** All authors joined for display ("A, B and C"); `authors` lists them. */
  readonly author?: string;
  readonly authors?: readonly string[];
  readonly date?: string;
  readonly source?: string;
  /** BCP 47 language of the essay: front matter `lang`, else detected. */
  readonly lang?: string;
  readonly format: EssayFormat;
  readonly paragraphs: readonly Paragraph[];
  readonly sections: readonly Section[];
  readonly entities: readonly Entity[];
  readonly crossRefs: readonly CrossRef[];
  /** Editor's notes from `<slug>.notes.mdx`, anchored; empty when the essay has no notes file. */
  readonly notes: readonly AnchoredNote[];
  /**
   * Who edited the notes and when: the notes file's `<Edition editor created modified />`,
   * the editor else from the essay's front matter (`editor:`). Absent when neither says.
   */
  readonly edition?: EditionInfo;
  /** The source's own footnotes, in order of first reference; never body paragraphs. */
  readonly footnotes: readonly Footnote[];
  readonly diagnostics: readonly Diagnostic[];
}
