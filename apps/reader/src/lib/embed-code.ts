import type { PassageRecord } from "@scholia/embed";
import { fitTitle } from "./page-title.ts";
import { embedScripts, passageUrls } from "./passage-urls.ts";

/** The width, in CSS pixels, an embedded passage asks for. */
export const EMBED_WIDTH = 600;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML text content and quoted attribute values.
 * @example escapeHtml('<img src=x onerror="alert(1)">') // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * A first guess at the iframe's height before it reports its own: about 62 characters a line of
 * 28 pixels at 600 pixels wide, plus the caption and padding. The host script corrects it on load.
 */
export function estimatedHeight(text: string): number {
  const lines = Math.max(1, Math.ceil(text.length / 62));
  return lines * 28 + 110;
}

/** How the passage is named to assistive technology and in captions: "Paragraph 3 of “Title”". */
export function passageLabel(record: PassageRecord): string {
  return `Paragraph ${record.passage.index} of “${record.essay.title}”`;
}

/** The quoted passage's own element: a table as a table, code as code, anything else as a paragraph of its words. */
function fallbackBody(record: PassageRecord): string {
  const { text, block } = record.passage;
  if (block?.type === "code") return `<pre><code>${escapeHtml(text)}</code></pre>`;
  const table = block?.type === "table" ? block.table : undefined;
  if (table) {
    const row = (cells: readonly { text: string }[], tag: "th" | "td") =>
      `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell.text)}</${tag}>`).join("")}</tr>`;
    const [head, ...body] = table.header ? table.rows : [undefined, ...table.rows];
    return `<table>${head ? `<thead>${row(head, "th")}</thead>` : ""}<tbody>${body.map((cells) => (cells ? row(cells, "td") : "")).join("")}</tbody></table>`;
  }
  return `<p>${escapeHtml(text)}</p>`;
}

/**
 * A readable stand-in for hosts that strip iframes and scripts: the passage as a block quote with a
 * link back, and the headline's caveat (see headline-caveat.ts) after the title when there is one.
 */
export function fallbackQuote(record: PassageRecord, caveat?: string): string {
  const { essay, passage } = record;
  const by = essay.author ? `, ${escapeHtml(essay.author)}` : "";
  const note = caveat ? ` (${escapeHtml(caveat)})` : "";
  return (
    `<blockquote data-scholia-fallback cite="${escapeHtml(passage.url)}">${fallbackBody(record)}` +
    `<footer>— <a href="${escapeHtml(passage.url)}">${escapeHtml(essay.title)}</a>${note}${by}, ¶ ${passage.index}</footer></blockquote>`
  );
}

/** The iframe embed: the `<iframe data-scholia-embed>` and the host script that sizes it to its content. */
export function iframeEmbedCode(record: PassageRecord): string {
  const urls = passageUrls(record.essay.slug, record.passage.id);
  const height = estimatedHeight(record.passage.text);
  return (
    `<iframe data-scholia-embed src="${escapeHtml(urls.embed)}" title="${escapeHtml(passageLabel(record))}" ` +
    `width="${EMBED_WIDTH}" height="${height}" style="border:0;width:100%;max-width:${EMBED_WIDTH}px" loading="lazy" ` +
    // Popups may leave the sandbox so "read in context" opens a normal tab; the frame can never navigate the host page.
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>\n` +
    `<script type="module" src="${escapeHtml(embedScripts.host())}"></script>`
  );
}

/** The web component embed: the module and a `<scholia-passage>` whose light DOM is the fallback quote. */
export function componentEmbedCode(record: PassageRecord): string {
  const urls = passageUrls(record.essay.slug, record.passage.id);
  return (
    `<script type="module" src="${escapeHtml(embedScripts.component())}"></script>\n` +
    `<scholia-passage src="${escapeHtml(urls.record)}">${fallbackQuote(record)}</scholia-passage>`
  );
}

/**
 * A passage's page title before the site's name: "¶ 3 · Essay title", the essay title shortened with "…"
 * so that the whole `<title>`, with " · Scholia" after it, fits in 70 characters.
 * @example passageTitle(3, "On Talks") // "¶ 3 · On Talks"
 */
export function passageTitle(index: number, essayTitle: string, siteName = "Scholia"): string {
  return fitTitle(`¶ ${index} · ${essayTitle}`, siteName).slice(0, -` · ${siteName}`.length);
}
