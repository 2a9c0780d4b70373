import { el, httpUrl, link } from "./dom.ts";
import type { PassageClaim, PassageMark, PassageRecord } from "./passage-record.ts";

type Range = { start: number; end: number };
// What wraps a run of text: a claim, or an inline mark other than a break or footnote reference.
type Wrapper = PassageClaim | PassageMark;

const TAGS: Record<string, keyof HTMLElementTagNameMap> = {
  emphasis: "em",
  strong: "strong",
  code: "code",
  delete: "del",
  sup: "sup",
  sub: "sub",
  link: "a",
};

// Whole offsets inside the text, `start` at or after `from`.
const whole = (range: Range, length: number, from = 0): boolean =>
  Number.isInteger(range.start) && Number.isInteger(range.end) && from <= range.start && range.end <= length;

const fits = (claims: readonly PassageClaim[], length: number): boolean =>
  claims.every((claim, i) => whole(claim, length, claims[i - 1]?.end) && claim.start < claim.end);

function wrap(wrapper: Wrapper, base: string): Element {
  if ("kind" in wrapper)
    return el("span", { part: wrapper.thesis === true ? "claim thesis" : "claim", "data-kind": wrapper.kind });
  if (wrapper.type !== "link") return el(TAGS[wrapper.type] as "em");
  const href = wrapper.href.startsWith("mailto:") ? wrapper.href : httpUrl(wrapper.href, base);
  return href === undefined ? el("span") : el("a", { href, rel: "noopener", target: "_blank" });
}

/**
 * Builds the text's nodes: claim spans outermost, then links, emphasis and the other marks nested inside
 * (a mark across a sentence boundary becomes one element per sentence), and `<br>` at line breaks.
 * Every character is kept; claims whose offsets do not fit show the text without claim marks, and marks that do not fit are left out.
 */
export function claimNodes(
  text: string,
  claims: readonly PassageClaim[],
  marks: readonly PassageMark[] = [],
  base = "",
): Node[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const spans = marks
    .filter((mark) => TAGS[mark.type])
    .filter((mark) => whole(mark, text.length) && mark.start < mark.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const claimed = fits(sorted, text.length) ? sorted : [];
  const breaks = marks.filter((mark) => mark.type === "break" && whole(mark, text.length)).map((mark) => mark.start);
  const cuts = [
    ...new Set([0, text.length, ...breaks, ...[...claimed, ...spans].flatMap((w) => [w.start, w.end])]),
  ].sort((a, b) => a - b);
  // Each run of text with the wrappers around it, outermost first; a break is a run with no text. One sweep: linear in the cuts.
  const runs: { text: string; around: Wrapper[] }[] = [];
  let open: PassageMark[] = [];
  let c = 0;
  let m = 0;
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] ?? start;
    while ((claimed[c]?.end ?? Infinity) <= start) c++;
    while ((spans[m]?.start ?? Infinity) <= start) open.push(spans[m++] as PassageMark);
    open = open.filter((w) => w.end > start);
    const claim = claimed[c];
    const inClaim = claim && claim.start <= start ? [claim] : [];
    for (const at of breaks)
      if (at === start) runs.push({ text: "", around: [...inClaim, ...open].filter((w) => w.start < at) });
    if (end > start) runs.push({ text: text.slice(start, end), around: [...inClaim, ...open] });
  }
  const nest = (list: typeof runs, depth: number): Node[] => {
    const nodes: Node[] = [];
    for (let i = 0; i < list.length; ) {
      const run = list[i] as (typeof runs)[number];
      const outer = run.around[depth];
      if (outer === undefined) {
        nodes.push(run.text ? document.createTextNode(run.text) : el("br"));
        i++;
        continue;
      }
      let j = i + 1;
      while (list[j]?.around[depth] === outer) j++;
      const element = wrap(outer, base);
      element.append(...nest(list.slice(i, j), depth + 1));
      nodes.push(element);
      i = j;
    }
    return nodes;
  };
  return nest(runs, 0);
}

/** Builds the passage's block: a paragraph, a list item in its list, a code block, a table or a figure. */
function passageBlock(record: PassageRecord, base: string): Element {
  const { text, block } = record.passage;
  const marks = block?.marks ?? [];
  if (block?.type === "code") return el("pre", { part: "code" }, el("code", {}, text));
  const table = block?.table;
  if (block?.type === "table" && table) {
    const rows = table.rows.map((row, r) =>
      el(
        "tr",
        {},
        ...row.map((cell, c) => {
          const align = table.align[c];
          const td = el(r === 0 && table.header ? "th" : "td", {}, ...claimNodes(cell.text, [], cell.marks, base));
          // Through the CSSOM, which a host page's CSP allows where it refuses style attributes.
          if (align) td.style.textAlign = align;
          return td;
        }),
      ),
    );
    return el("div", { part: "table" }, el("table", {}, el("tbody", {}, ...rows)));
  }
  const figure = block?.figure;
  if (block?.type === "figure" && figure) {
    const src = figure.src && httpUrl(figure.src, base);
    const image = src ? el("img", { src, alt: figure.alt, loading: "lazy" }) : el("p", {}, figure.alt);
    return el("figure", { part: "image" }, image, ...(figure.caption ? [el("figcaption", {}, figure.caption)] : []));
  }
  const p = el("p", {}, ...claimNodes(text, record.claims, marks, base));
  const list = block?.list;
  if (block?.type !== "list-item" || !list) return p;
  const item = el("li", {}, p);
  return list.ordered
    ? el("ol", list.number === undefined ? {} : { start: String(list.number) }, item)
    : el("ul", {}, item);
}

/** Builds the `<figure>` that shows a passage record, with URLs in it resolved against the record's own URL. */
export function renderPassage(record: PassageRecord, base: string): HTMLElement {
  const { essay, passage, site } = record;
  const title = essay.title || "Untitled essay";
  const quote = el("blockquote", { part: "quote", dir: "auto" }, passageBlock(record, base));
  const cite = httpUrl(passage.url, base);
  if (cite !== undefined) quote.setAttribute("cite", cite);
  if (typeof essay.lang === "string") quote.lang = essay.lang;
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
