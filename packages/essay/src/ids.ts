import type { ClaimId, EssaySlug, ParagraphId } from "./types.ts";

const PARAGRAPH_ID = /^p[1-9]\d*$/;
const CLAIM_ID = /^p[1-9]\d*\.s[1-9]\d*$/;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** True when `value` is a paragraph id such as `p12`. */
export function isParagraphId(value: unknown): value is ParagraphId {
  return typeof value === "string" && PARAGRAPH_ID.test(value);
}

/** True when `value` is a claim id such as `p12.s3`. */
export function isClaimId(value: unknown): value is ClaimId {
  return typeof value === "string" && CLAIM_ID.test(value);
}

/** True when `value` is a valid essay slug: lower-case letters, digits and hyphens. */
export function isEssaySlug(value: unknown): value is EssaySlug {
  return typeof value === "string" && SLUG.test(value);
}

/** The id of the paragraph at 1-based `index`. */
export function paragraphId(index: number): ParagraphId {
  if (!Number.isInteger(index) || index < 1) {
    throw new TypeError(`paragraphId() takes a whole number from 1, not ${String(index)}`);
  }
  return `p${index}` as ParagraphId;
}

/**
 * The number a reader knows a paragraph by, for messages in words: 12 for `p12`.
 * @example `Paragraph ${paragraphNumber(block.id)} has no words` // "Paragraph 12 has no words"
 */
export function paragraphNumber(id: ParagraphId): number {
  return Number(id.slice(1));
}

/** The id of sentence `sentence` (1-based) of paragraph `paragraph`. */
export function claimId(paragraph: ParagraphId, sentence: number): ClaimId {
  if (!Number.isInteger(sentence) || sentence < 1) {
    throw new TypeError(`claimId() takes a sentence number from 1, not ${String(sentence)}`);
  }
  return `${paragraph}.s${sentence}` as ClaimId;
}

/** Checks `value` is a slug and brands it, or throws a TypeError naming it. */
export function toEssaySlug(value: string): EssaySlug {
  if (!isEssaySlug(value)) {
    throw new TypeError(`"${value}" is not a valid essay slug: use lower-case letters, digits and hyphens`);
  }
  return value;
}
