import { absolute, href } from "./urls.ts";

/** The absolute URLs the site publishes for one passage (paths from the URL contract in docs/product.md). */
export interface PassageUrls {
  /** The essay's reading page, `/<slug>/`. */
  readonly reading: string;
  /** The reading page at the passage, `/<slug>/#p<n>`. */
  readonly context: string;
  /** The passage page, `/<slug>/p<n>/`. */
  readonly passage: string;
  /** The passage record, `/<slug>/p<n>.json`. */
  readonly record: string;
  /** The iframe page, `/embed/<slug>/p<n>/`. */
  readonly embed: string;
  /** The oEmbed response, `/oembed/<slug>/p<n>.json`. */
  readonly oembed: string;
}

/**
 * Every absolute URL of one passage, built with `absolute()` so SCHOLIA_SITE and SCHOLIA_BASE apply.
 * @example passageUrls("talking-about-talking", "p3").record // "http://localhost:4321/talking-about-talking/p3.json"
 */
export function passageUrls(slug: string, id: string): PassageUrls {
  return {
    reading: absolute(`${slug}/`),
    context: `${absolute(`${slug}/`)}#${id}`,
    passage: absolute(`${slug}/${id}/`),
    record: absolute(`${slug}/${id}.json`),
    embed: absolute(`embed/${slug}/${id}/`),
    oembed: absolute(`oembed/${slug}/${id}.json`),
  };
}

/** The site-wide files embedders load: the web component and the iframe host script. */
export const embedScripts = {
  /** The `<scholia-passage>` module. */
  component: (): string => absolute("embed.js"),
  /** The script that sizes `<iframe data-scholia-embed>` elements. */
  host: (): string => absolute("embed-host.js"),
  /** The script an iframe page runs to report its height (root-relative: it is only loaded by this site's pages). */
  frame: (): string => href("embed-frame.js"),
};

/** The publisher of every edition, as records, oEmbed and citations name it. */
export function siteInfo(): { name: string; url: string } {
  return { name: "Scholia", url: absolute() };
}
