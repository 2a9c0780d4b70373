import { claimId } from "../ids.ts";
import type { BlockType, Claim, ParagraphId, Sentence } from "../types.ts";
import { applyDiscourse } from "./discourse.ts";
import { type SentenceView, viewSentence } from "./sentence-view.ts";
import { tagView } from "./tag-claim.ts";
import { findTheses } from "./thesis.ts";

/** A paragraph's id, index, sentences and (optionally) block type: what the tagger reads. */
export interface TaggerInput {
  readonly id: ParagraphId;
  readonly index: number;
  readonly sentences: readonly Sentence[];
  readonly type?: BlockType;
}

/** Tags every sentence of every paragraph with its claim, and flags the thesis sentences. */
export function tagClaims(paragraphs: readonly TaggerInput[]): Claim[][] {
  const flat = paragraphs.flatMap((paragraph, slot) =>
    paragraph.sentences.map((sentence, i) => ({ paragraph, slot, sentence, number: i + 1 })),
  );
  const views = flat.map((entry) => viewSentence(entry.sentence.text));
  const tagged = applyDiscourse(
    flat.map((entry, i) => ({
      tagged: tagView(views[i] as SentenceView, { listItem: entry.paragraph.type === "list-item" }),
      text: entry.sentence.text,
      blockType: entry.paragraph.type,
    })),
  );
  const theses = findTheses(
    flat.map((entry, i) => ({
      kind: tagged[i]?.kind ?? "assessment",
      cues: tagged[i]?.cues ?? [],
      text: entry.sentence.text,
      words: views[i]?.tokens.map((token) => token.lower) ?? [],
      paragraphIndex: entry.paragraph.index,
      paragraphCount: paragraphs.length,
    })),
  );
  const claims: Claim[][] = paragraphs.map(() => []);
  flat.forEach((entry, i) => {
    claims[entry.slot]?.push({
      id: claimId(entry.paragraph.id, entry.number),
      paragraphId: entry.paragraph.id,
      kind: tagged[i]?.kind ?? "assessment",
      thesis: theses.has(i),
      text: entry.sentence.text,
      start: entry.sentence.start,
      end: entry.sentence.end,
      cues: tagged[i]?.cues ?? [],
    });
  });
  return claims;
}
