import { claimId } from "../ids.ts";
import type { BlockType, Claim, ParagraphId, Sentence } from "../types.ts";
import { CentralityRanker, isContentWord } from "./centrality.ts";
import { type ClaimWeights, classify, thesisProbability } from "./claim-model.ts";
import { CLAIM_WEIGHTS } from "./claim-weights.ts";
import { type Feature, sentenceFeatures } from "./features.ts";
import { viewSentence } from "./sentence-view.ts";
import { pickTheses, thesisFeatures } from "./thesis.ts";

/** A paragraph's id, index, sentences and (optionally) block type: what the tagger reads. */
export interface TaggerInput {
  readonly id: ParagraphId;
  readonly index: number;
  readonly sentences: readonly Sentence[];
  readonly type?: BlockType;
}

/** A sentence ready for the model: where it sits, its kind features and its thesis features. */
export interface PreparedSentence {
  /** Index of the paragraph in the tagger's input. */
  readonly slot: number;
  /** The sentence's number in its paragraph, from 1. */
  readonly number: number;
  readonly sentence: Sentence;
  readonly features: readonly Feature[];
  readonly thesis: readonly string[];
}

/** What the tagger knows of the essay as a whole. */
export interface EssayContext {
  /** The headline (title and subtitle): a thesis often restates it. */
  readonly headline?: string;
}

/** Computes every sentence's features, in document order (shared by the tagger and its training script). */
export function prepareSentences(paragraphs: readonly TaggerInput[], essay: EssayContext = {}): PreparedSentence[] {
  const last = Math.max(paragraphs.length - 1, 1);
  const flat = paragraphs.flatMap((paragraph, slot) =>
    paragraph.sentences.map((sentence, i) => ({ paragraph, slot, sentence, number: i + 1 })),
  );
  // Each sentence's view (its tokens and clause roles) is used and let go at once: only what the
  // later steps need (its words as ids, its share of the headline) outlives it.
  const ranker = new CentralityRanker();
  const headline = new Set(contentWordsOf(essay.headline ?? ""));
  const headlineOverlap = new Float64Array(flat.length);
  const own = flat.map((entry, i) => {
    const view = viewSentence(entry.sentence.text);
    ranker.add(view.tokens);
    headlineOverlap[i] = overlap(view.tokens, headline);
    const next = entry.paragraph.sentences[entry.number];
    return sentenceFeatures(view, {
      listItem: entry.paragraph.type === "list-item",
      blockQuote: entry.paragraph.type === "quote",
      position: entry.slot / last,
      firstInParagraph: entry.number === 1,
      ...(next && { next: next.text }),
    });
  });
  const central = ranker.ranks();
  const withContext = withNeighbours(own, flat);
  return flat.map((entry, i) => {
    const position = entry.slot / last;
    const features = withContext[i] ?? [];
    const thesis = thesisFeatures({
      text: entry.sentence.text,
      features,
      position,
      lastParagraph: entry.slot === paragraphs.length - 1,
      centrality: central[i] ?? 0,
      headlineOverlap: headlineOverlap[i] ?? 0,
    });
    return { slot: entry.slot, number: entry.number, sentence: entry.sentence, features, thesis };
  });
}

/** Tags every sentence of every paragraph with its claim kind and cues, and flags 1–3 thesis sentences. */
export function tagClaims(
  paragraphs: readonly TaggerInput[],
  essay: EssayContext = {},
  model: ClaimWeights = CLAIM_WEIGHTS,
): Claim[][] {
  const prepared = prepareSentences(paragraphs, essay);
  const theses = pickTheses(prepared.map((entry) => thesisProbability(entry.thesis, model)));
  const claims: Claim[][] = paragraphs.map(() => []);
  prepared.forEach((entry, i) => {
    const paragraph = paragraphs[entry.slot] as TaggerInput;
    const tagged = classify(entry.features, model);
    claims[entry.slot]?.push({
      id: claimId(paragraph.id, entry.number),
      paragraphId: paragraph.id,
      kind: tagged.kind,
      thesis: theses.has(i),
      text: entry.sentence.text,
      start: entry.sentence.start,
      end: entry.sentence.end,
      cues: tagged.cues,
    });
  });
  return claims;
}

// Kinds run in stretches (a report goes on in the next sentence, figures come in runs), but a
// sentence with a cue of its own is decided by it: only a sentence that raises no cue family takes
// the families of the sentences before and after it as features, named apart when that neighbour
// stands in another paragraph. (Neighbours for every sentence, or within the paragraph only,
// measured lower in cross-validation.)
function withNeighbours(own: readonly (readonly Feature[])[], flat: readonly { readonly slot: number }[]): Feature[][] {
  const families = own.map(cueFamilies);
  return own.map((features, i) => {
    const out = features as Feature[];
    if ((families[i]?.length ?? 0) > 0) return out;
    const slot = flat[i]?.slot;
    const before = flat[i - 1]?.slot === slot ? "previous" : "previous-paragraph";
    for (const [family, detail] of families[i - 1] ?? []) out.push({ name: neighbourName(before, family), detail });
    const after = flat[i + 1]?.slot === slot ? "next" : "next-paragraph";
    for (const [family, detail] of families[i + 1] ?? []) out.push({ name: neighbourName(after, family), detail });
    return out;
  });
}

const NEIGHBOUR_NAMES = new Map<string, string>();

function neighbourName(where: string, family: string): string {
  const key = `${where}:${family}`;
  let name = NEIGHBOUR_NAMES.get(key);
  if (name === undefined) {
    name = key;
    NEIGHBOUR_NAMES.set(key, name);
  }
  return name;
}

// The detector families a sentence's features raise, each once, with the first one's words.
function cueFamilies(features: readonly Feature[]): [string, string][] {
  const found: [string, string][] = [];
  for (const feature of features) {
    if (!feature.name.startsWith("rule:")) continue;
    const family = familyOf(feature.name);
    if (NEIGHBOUR_FAMILIES.has(family) && !found.some(([seen]) => seen === family))
      found.push([family, feature.detail]);
  }
  return found;
}

// "rule:ought:modal" → "ought", read once per feature name.
const FAMILY_OF = new Map<string, string>();

function familyOf(name: string): string {
  let family = FAMILY_OF.get(name);
  if (family === undefined) {
    family = name.slice(5, name.indexOf(":", 5));
    if (FAMILY_OF.size < 10_000) FAMILY_OF.set(name, family);
  }
  return family;
}

const NEIGHBOUR_FAMILIES = new Set(["ought", "forecast", "fact", "report", "grant"]);

function contentWordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter(isContentWord);
}

// The share of the headline's content words that the sentence uses.
function overlap(sentence: readonly { readonly lower: string }[], headline: ReadonlySet<string>): number {
  if (headline.size === 0) return 0;
  let shared: Set<string> | undefined;
  for (const { lower } of sentence) {
    if (!headline.has(lower)) continue;
    shared ??= new Set();
    shared.add(lower);
  }
  return (shared?.size ?? 0) / headline.size;
}
