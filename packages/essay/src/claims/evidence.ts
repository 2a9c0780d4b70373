import { figureAt } from "./quantities.ts";
import type { SentenceView } from "./sentence-view.ts";

const FORECAST = new Set(["will", "shall", "won't", "'ll"]);

// Documents and records reported as the source of a finding.
const RECORD =
  "(?:report|study|survey|poll|census|audit|data|figures|statistics|records|analysis|estimates?|review|investigation|assessment|memo|memorandum|documents?|letter|minutes|transcript|filings?|emails|cables)";
const RECORD_CUES: readonly RegExp[] = [
  new RegExp(String.raw`\baccording to (?:[\w'-]+ ){0,4}?${RECORD}\b`),
  new RegExp(
    String.raw`\b${RECORD}(?: (?:of|by|from|for|on)(?: [\w'-]+){1,4}?)? (?:has |have )?(?:found|finds|show|shows|showed|shown|revealed|reveals|indicate|indicates|indicated|estimated|estimates|concluded|documented|recorded|counted|confirms|confirmed|documents)\b`,
  ),
];

/**
 * Cues that the sentence reports a checkable figure, date or record: numbers and dates outside
 * fronted time limits and adverbial clauses ("After 2022, …" and "… before 2014" do not count).
 */
export function evidenceCues(view: SentenceView): string[] {
  const cues: string[] = [];
  const forecastReported = view.tokens.some((token, i) => view.roles[i] === "complement" && FORECAST.has(token.lower));
  view.tokens.forEach((_, i) => {
    const role = view.roles[i];
    if (role === "adverbial" || role === "steer") return;
    // A figure inside a reported forecast ("critics say taxes will rise 10%") is not a fact on record.
    if (role === "complement" && forecastReported) return;
    const figure = figureAt(view.tokens, i);
    if (figure) cues.push(figure);
  });
  if (cues.length > 0) return cues.slice(0, 3);
  for (const pattern of RECORD_CUES) {
    const match = pattern.exec(view.lead);
    if (match) return [`record:${match[0]}`];
  }
  return [];
}
