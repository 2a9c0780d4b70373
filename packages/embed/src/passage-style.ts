import { CLAIM_KINDS } from "./passage-record.ts";

// Each kind's default colour and line style, in the order of CLAIM_KINDS; the host can set `--scholia-<kind>`.
const COLOURS = "var(--a) #e69f00 #009e73 #cc79a7 #d55e00 #0000".split(" ");
const LINES = "solid dashed double dotted wavy solid".split(" ");
const kindStyles = CLAIM_KINDS.map(
  (kind, i) => `[data-kind=${kind}]{--k:var(--scholia-${kind},${COLOURS[i]});text-decoration-style:${LINES[i]}}`,
).join("");

/**
 * The shadow-root stylesheet: inherits the host's text colour and font (a `var()` of an unset property falls back to
 * inheriting them, and the background to none); long words and URLs wrap rather than widen the host page; claims are
 * marked as on the site (Okabe–Ito colours, one line style per kind, assessment unmarked); the author's footnotes are
 * listed under the quote, and the one a reader jumps to is highlighted.
 * Dark colours need both a dark preference and a host page that allows dark (`color-scheme: light dark`, which
 * `light-dark()` reads), so a light-only page in a dark system keeps colours that read on its light background.
 */
export const passageStyle =
  ":host{display:block;margin:1.5em 0;color:var(--scholia-text);font:var(--scholia-font);overflow-wrap:break-word;--a:#0072b2}" +
  "@media (prefers-color-scheme:dark){:host{--a:light-dark(#0072b2,#56b4e9)}}" +
  ":host([hidden]){display:none}" +
  "figure{margin:0;padding:1em 1.25em;background:var(--scholia-background);border:1px solid var(--scholia-border,#8885);border-inline-start:4px solid var(--scholia-accent,var(--a));border-radius:var(--scholia-radius,4px)}" +
  "blockquote{margin:0;font:var(--scholia-quote-font,1.125em/1.6 Georgia,serif)}" +
  "p{margin:0;white-space:pre-line}" +
  "figcaption,[part=notes]{margin:.75em 0 0;font-size:.875em}" +
  "a{color:var(--scholia-link)}" +
  "code,pre{font-family:ui-monospace,monospace}" +
  "pre,[part=table]{overflow:auto;margin:0}" +
  "td,th{padding:0 .5em;border-bottom:1px solid #8885}" +
  "img{max-width:100%}" +
  "sup{line-height:0}" +
  "li:focus{background:#8883}" +
  "[data-kind]{text-decoration:underline .09em var(--k);text-underline-offset:.22em}" +
  "[part~=thesis]{background:color-mix(in srgb,var(--k) 15%,#0000)}" +
  kindStyles;
