import { el, link, safeUrl } from "./dom.ts";
import type { PassageClaim, PassageMark, PassageNote, PassageRecord } from "./passage-record.ts";

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

function wrap(wrapper: Wrapper, base: string): Element {
  if ("kind" in wrapper)
    return el("span", { part: wrapper.thesis === true ? "claim thesis" : "claim", "data-kind": wrapper.kind });
  if (wrapper.type !== "link") return el(TAGS[wrapper.type] as "em");
  const href = safeUrl(wrapper.href, base);
  return href ? el("a", { href, rel: "noopener", target: "_blank" }) : el("span");
}

/** Makes the node shown at an author's footnote reference (by the footnote's id), or nothing for an unknown footnote. */
export type FootnoteRef = (footnote: string) => Node | undefined;

/**
 * Builds the text's nodes: claim spans outermost, then links, emphasis and the other marks nested inside
 * (a mark across a sentence boundary becomes one element per sentence), `<br>` at line breaks and, given `ref`,
 * its node at each footnote reference.
 * Every character is kept; claims whose offsets do not fit show the text without claim marks, and marks that do not fit are left out.
 */
export function claimNodes(
  text: string,
  claims: readonly PassageClaim[],
  marks: readonly PassageMark[] = [],
  base = "",
  ref?: FootnoteRef,
): Node[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const spans = marks
    .filter((mark) => TAGS[mark.type] && whole(mark, text.length) && mark.start < mark.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Claims that overlap, are empty or fall outside the text are all left out.
  const fits = sorted.every((claim, i) => whole(claim, text.length, sorted[i - 1]?.end) && claim.start < claim.end);
  const claimed = fits ? sorted : [];
  // Zero-width marks, each shown as a node: a line break, or a footnote's reference.
  const points: [at: number, node: Node][] = [];
  for (const mark of marks) {
    const node = mark.type === "break" ? el("br") : "footnote" in mark && ref?.(mark.footnote);
    if (node && whole(mark, text.length)) points.push([mark.start, node]);
  }
  const cuts = [
    ...new Set([
      0,
      text.length,
      ...points.map((point) => point[0]),
      ...[...claimed, ...spans].flatMap((w) => [w.start, w.end]),
    ]),
  ].sort((a, b) => a - b);
  // What wraps the last node added, outermost first, and the elements that show it, inside the fragment.
  const opened: Wrapper[] = [];
  const parents: ParentNode[] = [new DocumentFragment()];
  const add = (node: Node, around: Wrapper[]): void => {
    let depth = 0;
    while (depth < around.length && opened[depth] === around[depth]) depth++;
    opened.length = depth;
    parents.length = depth + 1;
    for (const wrapper of around.slice(depth)) {
      const element = wrap(wrapper, base);
      (parents.at(-1) as ParentNode).append(element);
      parents.push(element);
      opened.push(wrapper);
    }
    (parents.at(-1) as ParentNode).append(node);
  };
  // One sweep over the cuts, so long passages stay linear: each run of text, or zero-width node, with what wraps it.
  let open: PassageMark[] = [];
  let c = 0;
  let m = 0;
  cuts.forEach((start, i) => {
    const end = cuts[i + 1] ?? start;
    while ((claimed[c]?.end ?? Infinity) <= start) c++;
    while ((spans[m]?.start ?? Infinity) <= start) open.push(spans[m++] as PassageMark);
    open = open.filter((w) => w.end > start);
    const claim = claimed[c];
    const around = [...(claim && claim.start <= start ? [claim] : []), ...open];
    for (const [at, node] of points)
      if (at === start)
        add(
          node,
          around.filter((w) => w.start < start),
        );
    if (end > start) add(new Text(text.slice(start, end)), around);
  });
  return [...(parents[0] as ParentNode).childNodes];
}

/** Builds the passage's block: a paragraph, a list item in its list, a code block, a table or a figure. */
function passageBlock(record: PassageRecord, base: string, ref: FootnoteRef): Element {
  const { text, block } = record.passage;
  if (block?.type === "code") return el("pre", { part: "code" }, el("code", {}, text));
  const table = block?.table;
  if (block?.type === "table" && table) {
    const rows = table.rows.map((row, r) =>
      el(
        "tr",
        {},
        ...row.map((cell, c) => {
          const align = table.align[c];
          const td = el(r === 0 && table.header ? "th" : "td", {}, ...claimNodes(cell.text, [], cell.marks, base, ref));
          // Through the CSSOM, which a host page's CSP allows where it refuses style attributes.
          if (align) td.style.textAlign = align;
          return td;
        }),
      ),
    );
    return el("div", { part: "table" }, el("table", {}, ...rows));
  }
  const figure = block?.figure;
  if (block?.type === "figure" && figure) {
    const src = figure.src && safeUrl(figure.src, base);
    const image = src ? el("img", { src, alt: figure.alt, loading: "lazy" }) : el("p", {}, figure.alt);
    return el("figure", { part: "image" }, image, figure.caption ? el("figcaption", {}, figure.caption) : "");
  }
  const p = el("p", {}, ...claimNodes(text, record.claims, block?.marks, base, ref));
  const list = block?.list;
  if (block?.type !== "list-item" || !list) return p;
  const item = el("li", {}, p);
  return list.ordered
    ? el("ol", list.number === undefined ? {} : { start: `${list.number}` }, item)
    : el("ul", {}, item);
}

/**
 * The author's footnotes of the passage as a list numbered as the edition numbers them, and the references to them:
 * superscript numbers that move focus to their note (never navigating, which would change the host page's URL).
 */
function footnotes(notes: readonly PassageNote[], base: string): [Node | string, FootnoteRef] {
  const refs = new Map<string, () => Node>();
  const items = notes
    .filter((note) => note.kind === "footnote")
    .map((note) => {
      const number = `${note.number ?? refs.size + 1}`;
      const item = el(
        "li",
        { id: note.id, value: number, tabindex: "-1" },
        ...claimNodes(note.text, [], note.marks, base),
      );
      refs.set(note.id, () => {
        const a = el("a", { part: "note-ref", href: `#${note.id}` }, number);
        // An on-handler that returns false cancels the navigation.
        a.onclick = () => {
          item.focus();
          return false;
        };
        return el("sup", {}, a);
      });
      return item;
    });
  return [items.length ? el("ol", { part: "notes" }, ...items) : "", (id) => refs.get(id)?.()];
}

/** Builds the `<figure>` that shows a passage record, with URLs in it resolved against the record's own URL. */
export function renderPassage(record: PassageRecord, base: string): HTMLElement {
  const { essay, passage, site } = record;
  const title = essay.title || "Untitled essay";
  const [notes, ref] = footnotes(record.notes ?? [], base);
  const quote = el("blockquote", { part: "quote", dir: "auto" }, passageBlock(record, base, ref));
  const cite = safeUrl(passage.url, base);
  if (cite) quote.setAttribute("cite", cite);
  if (essay.lang) quote.lang = essay.lang;
  const caption = el("figcaption", { part: "caption" }, link(title, passage.url, base, "title"));
  if (essay.author) caption.append(`, ${essay.author}`);
  caption.append(` · ¶ ${passage.index} · `, link(site.name || site.url, site.url, base, "site"));
  return el(
    "figure",
    { part: "figure", "aria-label": `Passage from “${title}”, paragraph ${passage.index}` },
    quote,
    notes,
    caption,
  );
}
