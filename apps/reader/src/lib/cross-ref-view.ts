import type { CrossRef, CrossRefReason, Essay, LibraryCrossRef, Paragraph, ParagraphId } from "@scholia/essay";

/** One line of a paragraph's margin: a link to or from another passage, with why. */
export interface CrossRefItem {
  readonly direction: "out" | "in";
  readonly reason: CrossRefReason;
  /** The other paragraph. */
  readonly other: ParagraphId;
  /** What the link means, read before the ¶ number: "refers back to", "defined in". */
  readonly label: string;
  /** The words that make the link (a quoted phrase, shared names), or the linking sentence for backlinks. */
  readonly context?: string;
}

const EDITOR: readonly CrossRefReason[] = ["defines", "supports", "contradicts", "qualifies", "example-of"];
const WEAK: readonly CrossRefReason[] = ["lexical", "shared-actors"];
const LABELS: Record<CrossRefReason, { out: string; in: string }> = {
  "back-reference": { out: "refers back to", in: "referred back to from" },
  "shared-actors": { out: "same actors as", in: "same actors as" },
  lexical: { out: "compare", in: "compare" },
  supports: { out: "supports", in: "supported by" },
  contradicts: { out: "contradicts", in: "contradicted by" },
  qualifies: { out: "qualifies", in: "qualified by" },
  defines: { out: "defines a term used in", in: "term defined in" },
  "example-of": { out: "an example of", in: "example in" },
};

/** The share of an essay's automatic links of one reason that is strong enough for the margin. */
export const MARGIN_SHARE = 0.2;

/**
 * The score an automatic link ("compare": lexical or shared actors) needs for the margin: the
 * score of the strongest fifth of that reason's links in the essay (ties included), measured on
 * each essay, since scores of different essays and reasons are not on one scale.
 */
export function marginThresholds(essay: Essay, share = MARGIN_SHARE): Map<CrossRefReason, number> {
  const byReason = new Map<CrossRefReason, number[]>();
  for (const ref of essay.crossRefs)
    if (WEAK.includes(ref.reason)) byReason.set(ref.reason, [...(byReason.get(ref.reason) ?? []), ref.score]);
  const thresholds = new Map<CrossRefReason, number>();
  for (const [reason, scores] of byReason) {
    scores.sort((a, b) => b - a);
    thresholds.set(reason, scores[Math.max(0, Math.ceil(scores.length * share) - 1)] ?? 0);
  }
  return thresholds;
}

/**
 * The cross-references each paragraph shows in its margin: editor links and back-references
 * in both directions, then at most `related` automatic "compare" links, strongest first, and
 * only those at or above the essay's measured threshold (see `marginThresholds`).
 */
export function crossRefItems(essay: Essay, related = 1): Map<ParagraphId, CrossRefItem[]> {
  const byId = new Map(essay.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const items = new Map<ParagraphId, CrossRefItem[]>(essay.paragraphs.map((paragraph) => [paragraph.id, []]));
  const seen = new Set<string>();
  const add = (at: ParagraphId, item: CrossRefItem): void => {
    const key = `${at}|${item.other}`;
    if (seen.has(key) || at === item.other) return;
    seen.add(key);
    items.get(at)?.push(item);
  };
  const strong = essay.crossRefs.filter((ref) => EDITOR.includes(ref.reason) || ref.reason === "back-reference");
  for (const ref of strong) {
    add(ref.from, {
      direction: "out",
      reason: ref.reason,
      other: ref.to,
      label: LABELS[ref.reason].out,
      ...context(ref),
    });
    const linking = ref.reason === "back-reference" ? sentenceWith(byId.get(ref.from), ref.evidence) : undefined;
    add(ref.to, {
      direction: "in",
      reason: ref.reason,
      other: ref.from,
      label: LABELS[ref.reason].in,
      ...(linking ? { context: linking } : context(ref)),
    });
  }
  const thresholds = marginThresholds(essay);
  const weak = weakLinks(essay).filter((ref) => ref.score >= (thresholds.get(ref.reason) ?? 0));
  const counts = new Map<ParagraphId, number>();
  for (const ref of weak) {
    for (const [at, other] of [
      [ref.from, ref.to],
      [ref.to, ref.from],
    ] as const) {
      if ((counts.get(at) ?? 0) >= related || seen.has(`${at}|${other}`)) continue;
      counts.set(at, (counts.get(at) ?? 0) + 1);
      add(at, { direction: "out", reason: ref.reason, other, label: "compare" });
    }
  }
  for (const list of items.values())
    list.sort((a, b) => rank(a) - rank(b) || Number(a.other.slice(1)) - Number(b.other.slice(1)));
  return items;
}

/**
 * The automatic links that the margins leave out, grouped by paragraph (at most `perParagraph`
 * each, strongest first), for one compact list after the text.
 */
export function similarPassages(
  essay: Essay,
  shown: ReadonlyMap<ParagraphId, readonly CrossRefItem[]>,
  perParagraph = 3,
): Map<ParagraphId, ParagraphId[]> {
  const grouped = new Map<ParagraphId, ParagraphId[]>();
  for (const ref of weakLinks(essay)) {
    for (const [at, other] of [
      [ref.from, ref.to],
      [ref.to, ref.from],
    ] as const) {
      if (shown.get(at)?.some((item) => item.other === other)) continue;
      const list = grouped.get(at) ?? [];
      if (list.length >= perParagraph || list.includes(other) || at === other) continue;
      list.push(other);
      grouped.set(at, list);
    }
  }
  const order = (id: ParagraphId) => Number(id.slice(1));
  return new Map([...grouped].sort(([a], [b]) => order(a) - order(b)));
}

function weakLinks(essay: Essay): CrossRef[] {
  return essay.crossRefs.filter((ref) => WEAK.includes(ref.reason)).sort((a, b) => b.score - a.score);
}

/** One line of the margin: links of one kind and direction, with the same reason in words, merged. */
export interface CrossRefLine extends Omit<CrossRefItem, "other"> {
  readonly others: readonly ParagraphId[];
}

/** Merges a paragraph's items that say the same thing ("defines a term used in ¶11, ¶12, ¶13"). */
export function crossRefLines(items: readonly CrossRefItem[]): CrossRefLine[] {
  const lines = new Map<string, { line: CrossRefLine; others: ParagraphId[] }>();
  for (const { other, ...item } of items) {
    const key = `${item.direction}|${item.label}|${item.reason === "back-reference" ? other : (item.context ?? "")}`;
    const found = lines.get(key);
    if (found) found.others.push(other);
    else {
      const others = [other];
      lines.set(key, { line: { ...item, others }, others });
    }
  }
  return [...lines.values()].map(({ line }) => line);
}

/** Related passages of other essays per paragraph of one essay, from the library's cross-references. */
export function relatedElsewhere(links: readonly LibraryCrossRef[], slug: string): Map<ParagraphId, LibraryCrossRef[]> {
  const map = new Map<ParagraphId, LibraryCrossRef[]>();
  for (const link of links) {
    if (link.from.slug !== slug) continue;
    map.set(link.from.paragraphId, [...(map.get(link.from.paragraphId) ?? []), link]);
  }
  return map;
}

function rank(item: CrossRefItem): number {
  if (EDITOR.includes(item.reason)) return 0;
  return item.reason === "back-reference" ? 1 : 2;
}

function context(ref: CrossRef): { context?: string } {
  return ref.evidence ? { context: ref.evidence } : {};
}

function sentenceWith(paragraph: Paragraph | undefined, words: string | undefined): string | undefined {
  if (!paragraph || !words) return undefined;
  const at = paragraph.text.indexOf(words);
  const sentence = paragraph.sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) return undefined;
  return sentence.text.length > 80 ? `${sentence.text.slice(0, 79).replace(/\s+\S*$/, "")}…` : sentence.text;
}

/**
 * Splits each paragraph's links to other essays into the few the margin shows (at most
 * `perParagraph`, and only those among the essay's strongest `share`) and the rest, which are
 * grouped after the text.
 */
export function thinElsewhere<T extends { readonly score: number }>(
  byParagraph: ReadonlyMap<ParagraphId, readonly T[]>,
  share = MARGIN_SHARE,
  perParagraph = 1,
): { shown: Map<ParagraphId, T[]>; rest: Map<ParagraphId, T[]> } {
  const scores = [...byParagraph.values()]
    .flat()
    .map((link) => link.score)
    .sort((a, b) => b - a);
  const threshold = scores[Math.max(0, Math.ceil(scores.length * share) - 1)] ?? 0;
  const shown = new Map<ParagraphId, T[]>();
  const rest = new Map<ParagraphId, T[]>();
  for (const [id, links] of byParagraph) {
    const sorted = [...links].sort((a, b) => b.score - a.score);
    const strong = sorted.filter((link) => link.score >= threshold).slice(0, perParagraph);
    if (strong.length > 0) shown.set(id, strong);
    const others = sorted.filter((link) => !strong.includes(link));
    if (others.length > 0) rest.set(id, others);
  }
  return { shown, rest };
}
