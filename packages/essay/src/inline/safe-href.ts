const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

/**
 * The link target if it is safe to put in an `href`: relative URLs, `#fragments` and the
 * http(s), mailto and tel schemes; `undefined` for `javascript:`, `data:` and every other scheme.
 */
export function safeHref(href: string | null | undefined): string | undefined {
  if (href === null || href === undefined) return undefined;
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const compact = href.replace(/[\u0000-\u0020\u007F]/g, "");
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return href.trim();
  return SAFE_SCHEMES.has(scheme) ? href.trim() : undefined;
}

/** The image source if it is safe to load: relative URLs and http(s); `undefined` otherwise. */
export function safeSrc(src: string | null | undefined): string | undefined {
  const href = safeHref(src);
  if (href === undefined) return undefined;
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === "http" || scheme === "https" ? href : undefined;
}
