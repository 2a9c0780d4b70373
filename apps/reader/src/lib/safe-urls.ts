/** A link target the reader may render: the href as written, and whether it leaves the site. */
export interface SafeLink {
  readonly href: string;
  /** True for an http(s) URL on another origin than the site's. */
  readonly external: boolean;
}

const LINK_SCHEMES = new Set(["http:", "https:", "mailto:"]);
const IMAGE_SCHEMES = new Set(["http:", "https:"]);

// Resolved as a browser resolves it (tabs and newlines dropped, leading spaces trimmed), so no spelling of
// `javascript:` or `data:` slips past; relative URLs resolve against the site and so count as safe.
const resolve = (url: string, site: string): URL | undefined => {
  try {
    return new URL(url, site);
  } catch {
    return undefined;
  }
};

/**
 * The href to render for an author's link, or undefined when it must not become a link
 * (`javascript:`, `data:`, `vbscript:`, `file:` or not a URL at all: its words are shown as text).
 * @example safeLink("https://example.org/", "http://localhost:4321/") // { href: "https://example.org/", external: true }
 */
export function safeLink(href: string, site: string): SafeLink | undefined {
  const written = href.trim();
  const resolved = resolve(written, site);
  if (!resolved || !LINK_SCHEMES.has(resolved.protocol)) return undefined;
  const home = resolve(site, site);
  const external = resolved.protocol !== "mailto:" && resolved.origin !== home?.origin;
  return { href: written, external };
}

/** The src to render for an author's image: http(s) or relative, else undefined (then only its alt text shows). */
export function safeImageSrc(src: string, site: string): string | undefined {
  const written = src.trim();
  const resolved = resolve(written, site);
  return resolved && IMAGE_SCHEMES.has(resolved.protocol) ? written : undefined;
}
