/**
 * The shadow-root stylesheet: inherits the host's text colour and font, and picks claim colours by colour scheme.
 * Dark colours need both a dark preference and a host page that allows dark (`color-scheme: light dark`, which
 * `light-dark()` reads), so a light-only page in a dark system keeps colours that read on its light background.
 */
export const passageStyle = `:host{display:block;margin:1.5em 0;color:var(--scholia-text,inherit);font:var(--scholia-font,inherit);--a:#9c4221;--r:#2b6cb0;--p:#6b46c1;--e:#2f855a;--t:#b7791f;--c:#718096;--s:#c53030}
@media (prefers-color-scheme:dark){:host{--a:light-dark(#9c4221,#f6ad55);--r:light-dark(#2b6cb0,#90cdf4);--p:light-dark(#6b46c1,#d6bcfa);--e:light-dark(#2f855a,#9ae6b4);--t:light-dark(#b7791f,#faf089);--c:light-dark(#718096,#cbd5e0);--s:light-dark(#c53030,#feb2b2)}}
:host([hidden]){display:none}
figure{margin:0;padding:1em 1.25em;background:var(--scholia-background,transparent);border:1px solid var(--scholia-border,#8885);border-inline-start:4px solid var(--scholia-accent,var(--a));border-radius:var(--scholia-radius,4px)}
blockquote{margin:0;font:var(--scholia-quote-font,1.125em/1.6 Georgia,"Times New Roman",serif)}
p{margin:0;white-space:pre-line}
figcaption{margin-top:.75em;font-size:.875em}
a{color:var(--scholia-link,inherit)}
[data-kind]{text-decoration:underline 2px var(--k);text-underline-offset:.25em}
[part~=thesis]{background:color-mix(in srgb,var(--k) 15%,transparent)}
[data-kind=recommendation]{--k:var(--scholia-recommendation,var(--r))}
[data-kind=prediction]{--k:var(--scholia-prediction,var(--p))}
[data-kind=evidence]{--k:var(--scholia-evidence,var(--e))}
[data-kind=attribution]{--k:var(--scholia-attribution,var(--t))}
[data-kind=concession]{--k:var(--scholia-concession,var(--c))}
[data-kind=assessment]{--k:var(--scholia-assessment,var(--s))}`;
