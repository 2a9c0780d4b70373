import { el, httpUrl, link } from "./dom.ts";
import type { PassageClaim, PassageRecord } from "./passage-record.ts";

const fits = (claim: PassageClaim, from: number, length: number): boolean =>
  Number.isInteger(claim.start) &&
  Number.isInteger(claim.end) &&
  from <= claim.start &&
  claim.start < claim.end &&
  claim.end <= length;

/** Splits passage text into text nodes and claim spans, or returns it as one text node if any claim's offsets do not fit. */
export function claimNodes(text: string, claims: readonly PassageClaim[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    // Overlapping or out-of-range offsets mean the record and its text disagree: show the text unmarked rather than garbled.
    if (!fits(claim, at, text.length)) return [document.createTextNode(text)];
    if (claim.start > at) nodes.push(document.createTextNode(text.slice(at, claim.start)));
    const span = el("span", { part: claim.thesis === true ? "claim thesis" : "claim", "data-kind": claim.kind });
    span.append(text.slice(claim.start, claim.end));
    nodes.push(span);
    at = claim.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** Builds the `<figure>` that shows a passage record, with URLs in it resolved against the record's own URL. */
export function renderPassage(record: PassageRecord, base: string): HTMLElement {
  const { essay, passage, site } = record;
  const title = essay.title || "Untitled essay";
  const quote = el(
    "blockquote",
    { part: "quote", dir: "auto" },
    el("p", {}, ...claimNodes(passage.text, record.claims)),
  );
  const cite = httpUrl(passage.url, base);
  if (cite !== undefined) quote.setAttribute("cite", cite);
  const caption = el("figcaption", { part: "caption" }, link(title, passage.url, base, "title"));
  if (typeof essay.author === "string" && essay.author) caption.append(`, ${essay.author}`);
  caption.append(` · ¶ ${passage.index} · `, link(site.name || site.url, site.url, base, "site"));
  return el(
    "figure",
    { part: "figure", "aria-label": `Passage from “${title}”, paragraph ${passage.index}` },
    quote,
    caption,
  );
}
