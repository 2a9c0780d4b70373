import type { SentenceView } from "./sentence-view.ts";
import type { Token } from "./tokens.ts";

// Words before the colon that make the quotation imagined rather than on record ("he would say:
// …", "suppose she answers: …", "if they ask: …").
const HYPOTHETICAL = new Set(["should", "would", "could", "might", "may", "suppose", "imagine", "if"]);

/**
 * A quotation introduced by a colon ("The notice reads: “…”", "Her reply: "…""): the words
 * quoted stand on record. Returns the two words before the colon and the colon, or undefined; a
 * quotation that the words before the colon imagine ("he would say: …") is not on record.
 */
export function colonQuotation(view: SentenceView): string | undefined {
  const { lead, tokens } = view;
  if (!lead.includes(': "') && !lead.includes(": “")) return undefined;
  for (let i = 1; i < tokens.length - 1; i++) {
    if ((tokens[i] as Token).text !== ":") continue;
    const quote = tokens[i + 1]?.text;
    if (quote !== '"' && quote !== "“") continue;
    for (let k = 0; k < i; k++) if (HYPOTHETICAL.has((tokens[k] as Token).lower)) return undefined;
    const words = tokens
      .slice(Math.max(0, i - 2), i)
      .map((token) => token.text)
      .join(" ");
    return `${words}:`;
  }
  return undefined;
}

// Past verbs of saying and finding that introduce the words of a record or a witness.
const INTRODUCING = new Set(
  "said wrote put responded replied answered noted observed acknowledged explained stated declared found concluded reported announced told asked added remarked testified admitted recalled argued commented posted summarized summarised described".split(
    " ",
  ),
);

/**
 * A sentence that ends with a colon after a past verb of saying or finding ("As the clerk put it:",
 * "The inspector replied with:"): it introduces a quotation that follows, on record. Returns the
 * verb, or undefined.
 */
export function introducesQuotation(view: SentenceView): string | undefined {
  const { tokens } = view;
  const last = tokens.length - 1;
  if (tokens[last]?.text !== ":") return undefined;
  for (let i = 0; i < last; i++) {
    const word = (tokens[i] as Token).lower;
    if (INTRODUCING.has(word)) return word;
  }
  return undefined;
}

/**
 * Part of a quotation that runs over more than one sentence: the sentence opens a quotation it
 * does not close, or closes one it did not open ("… and that was the end of it.”"). Returns
 * "opens" or "closes", or undefined.
 */
export function quotationRunsOn(view: SentenceView): "opens" | "closes" | undefined {
  const { lead, tokens } = view;
  if (!lead.includes('"') && !lead.includes("“") && !lead.includes("”")) return undefined;
  let straight = 0;
  let opening = 0;
  let closing = 0;
  // Whether the last straight quotation mark has only punctuation after it.
  let straightAtEnd = false;
  for (const token of tokens) {
    const text = token.text;
    if (text === '"') {
      straight++;
      straightAtEnd = true;
    } else if (text === "“") opening++;
    else if (text === "”") closing++;
    else if (straightAtEnd && /[\p{L}\p{N}]/u.test(text)) straightAtEnd = false;
  }
  if (closing > opening) return "closes";
  if (opening > closing) return "opens";
  if (straight % 2 === 1) return straightAtEnd ? "closes" : "opens";
  return undefined;
}
