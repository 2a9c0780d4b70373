import { claimId } from "../ids.ts";
import type { Claim, ParagraphId, Sentence } from "../types.ts";
import { tagClaim } from "./tag-claim.ts";
import { findTheses } from "./thesis.ts";

/** A paragraph's id, index and sentences: what the tagger reads. */
export interface TaggerInput {
  readonly id: ParagraphId;
  readonly index: number;
  readonly sentences: readonly Sentence[];
}

/** Tags every sentence of every paragraph with its claim, and flags the thesis sentences. */
export function tagClaims(paragraphs: readonly TaggerInput[]): Claim[][] {
  const tagged = paragraphs.map((paragraph) =>
    paragraph.sentences.map((sentence) => ({ sentence, ...tagClaim(sentence.text), paragraph })),
  );
  const flat = tagged.flat();
  const theses = findTheses(
    flat.map((entry) => ({ kind: entry.kind, text: entry.sentence.text, paragraphIndex: entry.paragraph.index })),
  );
  let n = 0;
  return tagged.map((claims) =>
    claims.map((entry, i) => ({
      id: claimId(entry.paragraph.id, i + 1),
      paragraphId: entry.paragraph.id,
      kind: entry.kind,
      thesis: theses.has(n++),
      text: entry.sentence.text,
      start: entry.sentence.start,
      end: entry.sentence.end,
      cues: entry.cues,
    })),
  );
}
