/** The site's base path, always with a trailing slash (from SCHOLIA_BASE). */
export const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * A root-relative link to a path of the site, prefixed with the base path.
 * @example href("talking-about-talking/") // "/essays/talking-about-talking/" under SCHOLIA_BASE=/essays/
 */
export function href(path = ""): string {
  return `${BASE}${path.replace(/^\//, "")}`;
}

/**
 * The absolute URL of a path of the site, for canonical links, oEmbed and embed code.
 * @example absolute("talking-about-talking/p3/")
 */
export function absolute(path = ""): string {
  const site = import.meta.env.SITE ?? "http://localhost:4321";
  return new URL(href(path), site).href;
}
