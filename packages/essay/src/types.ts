/** The kinds of claim a sentence can make, in the precedence order of CLAIMS.md. */
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

/** How a block of the body is marked in its source. */
export type BlockType = "paragraph" | "quote" | "list-item" | "heading";

/** One sentence of a paragraph, as offsets into the paragraph's text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The claim one sentence makes, per CLAIMS.md. */
export interface Claim {
  readonly id: ClaimId;
  readonly paragraphId: ParagraphId;
  readonly kind: ClaimKind;
  readonly thesis: boolean;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The words or features that decided the kind, e.g. `modal:should`. */
  readonly cues: readonly string[];
}

/** A body paragraph (or quote, list item or section heading) of the essay. */
export interface Paragraph {
  readonly id: ParagraphId;
  readonly index: number;
  readonly type: BlockType;
  /** Source line (1-based) where the paragraph starts. */
  readonly line: number;
  readonly text: string;
  readonly sentences: readonly Sentence[];
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

/** A section heading inside the body, placed before paragraph number `before` (1-based). */
export interface Section {
  readonly title: string;
  readonly line: number;
  readonly before: number;
}

/** The whole essay model: plain, JSON-serialisable data. */
export interface Essay {
  readonly slug: EssaySlug;
  readonly title: string;
  readonly subtitle?: string;
  readonly author?: string;
  readonly date?: string;
  readonly source?: string;
  readonly format: EssayFormat;
  readonly paragraphs: readonly Paragraph[];
  readonly sections: readonly Section[];
  readonly entities: readonly Entity[];
  readonly crossRefs: readonly CrossRef[];
  /** Editor's notes from `<slug>.notes.mdx`, anchored; empty when the essay has no notes file. */
  readonly notes: readonly AnchoredNote[];
  readonly diagnostics: readonly Diagnostic[];
}
