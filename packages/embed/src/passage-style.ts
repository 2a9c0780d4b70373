/**
 * The shadow-root stylesheet: inherits the host's text colour and font; claims are marked as on the site (Okabe–Ito
 * colours, one line style per kind, assessment unmarked).
 * Dark colours need both a dark preference and a host page that allows dark (`color-scheme: light dark`, which
 * `light-dark()` reads), so a light-only page in a dark system keeps colours that read on its light background.
 */
export const passageStyle = `:host{display:block;margin:1.5em 0;color:var(--scholia-text,inherit);font:var(--scholia-font,inherit);--a:#0072b2;--r:#0072b2;--p:#e69f00;--e:#009e73;--t:#cc79a7;--c:#d55e00;--s:transparent}
@media (prefers-color-scheme:dark){:host{--a:light-dark(#0072b2,#56b4e9);--r:light-dark(#0072b2,#56b4e9)}}
:host([hidden]){display:none}
figure{margin:0;padding:1em 1.25em;background:var(--scholia-background,transparent);border:1px solid var(--scholia-border,#8885);border-inline-start:4px solid var(--scholia-accent,var(--a));border-radius:var(--scholia-radius,4px)}
blockquote{margin:0;font:var(--scholia-quote-font,1.125em/1.6 Georgia,"Times New Roman",serif)}
p{margin:0;white-space:pre-line}
figcaption{margin-top:.75em;font-size:.875em}
a{color:var(--scholia-link,inherit)}
code,pre{font-family:ui-monospace,monospace}
pre,[part=table]{overflow:auto;margin:0}
td,th{padding:0 .5em;border-bottom:1px solid #8885}
img{max-width:100%}
[data-kind]{text-decoration:underline .09em var(--k);text-underline-offset:.22em}
[part~=thesis]{background:color-mix(in srgb,var(--k) 15%,transparent)}
[data-kind=recommendation]{--k:var(--scholia-recommendation,var(--r))}
[data-kind=prediction]{--k:var(--scholia-prediction,var(--p));text-decoration-style:dashed}
[data-kind=evidence]{--k:var(--scholia-evidence,var(--e));text-decoration-style:double}
[data-kind=attribution]{--k:var(--scholia-attribution,var(--t));text-decoration-style:dotted}
[data-kind=concession]{--k:var(--scholia-concession,var(--c));text-decoration-style:wavy}
[data-kind=assessment]{--k:var(--scholia-assessment,var(--s))}`;
