import { claimId } from "../ids.ts";
import type { BlockType, Claim, ClaimKind, ParagraphId, Sentence } from "../types.ts";
import { CentralityRanker, isContentWord } from "./centrality.ts";
import { type ClaimWeights, classify, thesisProbability } from "./claim-model.ts";
import { CLAIM_WEIGHTS } from "./claim-weights.ts";
import { type Feature, sentenceFeatures } from "./features.ts";
import { viewSentence } from "./sentence-view.ts";
import { pickTheses, type ThesisParts, thesisParts, withCentrality } from "./thesis.ts";

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
  const done: Omit<PreparedSentence, "thesis">[] = [];
  const thesis = streamSentences(paragraphs, essay, (entry) => done.push(entry));
  return done.map((entry, i) => ({ ...entry, thesis: thesis[i] ?? [] }));
}

/** Tags every sentence of every paragraph with its claim kind and cues, and flags 1–3 thesis sentences. */
export function tagClaims(
  paragraphs: readonly TaggerInput[],
  essay: EssayContext = {},
  model: ClaimWeights = CLAIM_WEIGHTS,
): Claim[][] {
  // Each sentence is classified as soon as its features are final, and only its kind and cues are
  // kept: the features of a whole book never need to be alive at once.
  const tagged: { slot: number; number: number; sentence: Sentence; kind: ClaimKind; cues: readonly string[] }[] = [];
  const thesis = streamSentences(paragraphs, essay, ({ slot, number, sentence, features }) => {
    const { kind, cues } = classify(features, model);
    tagged.push({ slot, number, sentence, kind, cues });
  });
  const theses = pickTheses(thesis.map((features) => thesisProbability(features, model)));
  const claims: Claim[][] = paragraphs.map(() => []);
  tagged.forEach((entry, i) => {
    const paragraph = paragraphs[entry.slot] as TaggerInput;
    claims[entry.slot]?.push({
      id: claimId(paragraph.id, entry.number),
      paragraphId: paragraph.id,
      kind: entry.kind,
      thesis: theses.has(i),
      text: entry.sentence.text,
      start: entry.sentence.start,
      end: entry.sentence.end,
      cues: entry.cues,
    });
  });
  return claims;
}

// A sentence whose own features are known, waiting for its next neighbour's cue families.
interface Pending {
  readonly slot: number;
  readonly number: number;
  readonly sentence: Sentence;
  readonly features: Feature[];
  readonly families: readonly (readonly [string, string])[];
  readonly headlineOverlap: number;
}

/**
 * Walks the sentences in document order and hands each to `visit` once its features are final
 * (its own, and its neighbours' cue families where it has none of its own): a sentence's view
 * (tokens and clause roles) and features are let go as soon as it is visited. Returns each
 * sentence's thesis features, which wait for the whole essay's centrality ranks.
 */
function streamSentences(
  paragraphs: readonly TaggerInput[],
  essay: EssayContext,
  visit: (entry: Omit<PreparedSentence, "thesis">) => void,
): string[][] {
  const last = Math.max(paragraphs.length - 1, 1);
  const ranker = new CentralityRanker();
  const headline = new Set(contentWordsOf(essay.headline ?? ""));
  const parts: ThesisParts[] = [];
  const finish = (entry: Pending, before: Pending | undefined, after: Pending | undefined): void => {
    const features = withNeighbours(entry, before, after);
    parts.push(
      thesisParts({
        text: entry.sentence.text,
        features,
        position: entry.slot / last,
        lastParagraph: entry.slot === paragraphs.length - 1,
        headlineOverlap: entry.headlineOverlap,
      }),
    );
    visit({ slot: entry.slot, number: entry.number, sentence: entry.sentence, features });
  };
  let previous: Pending | undefined;
  let current: Pending | undefined;
  paragraphs.forEach((paragraph, slot) => {
    paragraph.sentences.forEach((sentence, i) => {
      const view = viewSentence(sentence.text);
      ranker.add(view.tokens);
      const next = paragraph.sentences[i + 1];
      const features = sentenceFeatures(view, {
        listItem: paragraph.type === "list-item",
        blockQuote: paragraph.type === "quote",
        position: slot / last,
        firstInParagraph: i === 0,
        ...(next && { next: next.text }),
      });
      const entry: Pending = {
        slot,
        number: i + 1,
        sentence,
        features,
        families: cueFamilies(features),
        headlineOverlap: overlap(view.tokens, headline),
      };
      if (current) finish(current, previous, entry);
      previous = current;
      current = entry;
    });
  });
  if (current) finish(current, previous, undefined);
  const central = ranker.ranks();
  return parts.map((part, i) => withCentrality(part, central[i] ?? 0));
}

// Kinds run in stretches (a report goes on in the next sentence, figures come in runs), but a
// sentence with a cue of its own is decided by it: only a sentence that raises no cue family takes
// the families of the sentences before and after it as features, named apart when that neighbour
// stands in another paragraph. (Neighbours for every sentence, or within the paragraph only,
// measured lower in cross-validation.)
function withNeighbours(entry: Pending, before: Pending | undefined, after: Pending | undefined): Feature[] {
  const out = entry.features;
  if (entry.families.length > 0) return out;
  const where = before?.slot === entry.slot ? "previous" : "previous-paragraph";
  for (const [family, detail] of before?.families ?? []) out.push({ name: neighbourName(where, family), detail });
  const next = after?.slot === entry.slot ? "next" : "next-paragraph";
  for (const [family, detail] of after?.families ?? []) out.push({ name: neighbourName(next, family), detail });
  return out;
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

// The detector families a sentence's features raise, each once, with the first one's words (most
// sentences raise none, and share one empty list).
function cueFamilies(features: readonly Feature[]): readonly (readonly [string, string])[] {
  let found: [string, string][] | undefined;
  for (const feature of features) {
    if (!feature.name.startsWith("rule:")) continue;
    const family = familyOf(feature.name);
    if (!NEIGHBOUR_FAMILIES.has(family)) continue;
    found ??= [];
    if (!found.some(([seen]) => seen === family)) found.push([family, feature.detail]);
  }
  return found ?? NO_FAMILIES;
}

const NO_FAMILIES: readonly (readonly [string, string])[] = [];

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
