/** A run of excerpt text, marked when it is one of the words the reader searched for. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/**
 * Splits a Pagefind excerpt into plain text runs. The index holds passage text HTML-escaped
 * (see search-records.ts), so the only tags an excerpt can contain are Pagefind's own
 * `<mark>` and `</mark>`; every other `<` arrives as `&lt;` and is decoded back to text here,
 * never parsed as markup.
 * @example excerptParts("a <mark>decree</mark> &lt;b&gt;") // [{text:"a ",marked:false},{text:"decree",marked:true},{text:" <b>",marked:false}]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === "<mark>" || piece === "</mark>") {
      marked = piece === "<mark>";
      continue;
    }
    if (piece === "") continue;
    const text = piece.replace(/&(amp|lt|gt|quot|#39);/g, (entity, name: string) => ENTITIES[name] ?? entity);
    const last = parts.at(-1);
    if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
    else parts.push({ text, marked });
  }
  return parts;
}

/** The excerpt as DOM nodes: text nodes, and `<mark>` elements holding text nodes. */
export function excerptNodes(excerpt: string, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const part of excerptParts(excerpt)) {
    if (!part.marked) fragment.append(part.text);
    else fragment.append(Object.assign(doc.createElement("mark"), { textContent: part.text }));
  }
  return fragment;
}
