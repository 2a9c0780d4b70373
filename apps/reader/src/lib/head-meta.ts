import type { Essay, Paragraph } from "@scholia/essay";
import { parseDate, scholarDate } from "./citation-date.ts";
import { absolute } from "./urls.ts";

/** One `<meta>` element: `property` (Open Graph) or `name` (citation_*, Twitter), and its content. */
export interface MetaTag {
  readonly attribute: "property" | "name";
  readonly key: string;
  readonly content: string;
}

/** What a page's head tells the tools that read it: meta tags, oEmbed discovery and JSON-LD. */
export interface HeadMeta {
  readonly tags: readonly MetaTag[];
  readonly oembed: { readonly href: string; readonly title: string };
  readonly jsonLd: Record<string, unknown>;
}

/** The page a head describes: its title, description and canonical URL. */
export interface PageIdentity {
  readonly title: string;
  readonly description: string;
  readonly url: string;
}

/** The essay's authors as the model gives them (`authors`, else `author`); none when it names none. */
export function essayAuthors(essay: Pick<Essay, "author" | "authors">): string[] {
  if (essay.authors && essay.authors.length > 0) return [...essay.authors];
  return essay.author ? [essay.author] : [];
}

/** The publication date as ISO 8601 (`2024`, `2024-03`, `2024-03-05`) when the model's date parses. */
export function isoDate(date: string | undefined): string | undefined {
  const parsed = parseDate(date);
  if (!parsed) return undefined;
  const pad = (value: number): string => String(value).padStart(2, "0");
  return [String(parsed.year), parsed.month && pad(parsed.month), parsed.day && pad(parsed.day)]
    .filter(Boolean)
    .join("-");
}

const tag = (attribute: MetaTag["attribute"], key: string, content: string): MetaTag => ({ attribute, key, content });

/** The site as schema.org sees it: the WebSite every edition is part of. */
function website(): Record<string, unknown> {
  return { "@type": "WebSite", "@id": absolute(), name: "Scholia", url: absolute() };
}

/** Open Graph, `article:*` and Google Scholar's `citation_*` tags, each only when the model knows its value. */
function metaTags(essay: Essay, page: PageIdentity): MetaTag[] {
  const authors = essayAuthors(essay);
  const date = parseDate(essay.date);
  const published = isoDate(essay.date);
  return [
    tag("property", "og:type", "article"),
    tag("property", "og:site_name", "Scholia"),
    tag("property", "og:title", page.title),
    tag("property", "og:description", page.description),
    tag("property", "og:url", page.url),
    ...(essay.lang ? [tag("property", "og:locale", essay.lang.replace("-", "_"))] : []),
    ...(published ? [tag("property", "article:published_time", published)] : []),
    ...authors.map((author) => tag("property", "article:author", author)),
    tag("name", "twitter:card", "summary"),
    tag("name", "citation_title", page.title),
    ...authors.map((author) => tag("name", "citation_author", author)),
    ...(date ? [tag("name", "citation_publication_date", scholarDate(date))] : []),
    ...(essay.lang ? [tag("name", "citation_language", essay.lang)] : []),
    tag("name", "citation_public_url", page.url),
    tag("name", "citation_fulltext_html_url", absolute(`${essay.slug}/`)),
  ];
}

/** schema.org `Article` of the essay: headline, authors and date when known, part of the site. */
function articleJsonLd(essay: Essay, description: string): Record<string, unknown> {
  const authors = essayAuthors(essay).map((name) => ({ "@type": "Person", name }));
  const published = isoDate(essay.date);
  const url = absolute(`${essay.slug}/`);
  return {
    "@type": "Article",
    "@id": url,
    url,
    mainEntityOfPage: url,
    headline: essay.title,
    ...(essay.subtitle && { alternativeHeadline: essay.subtitle }),
    description,
    ...(authors.length === 1 && { author: authors[0] }),
    ...(authors.length > 1 && { author: authors }),
    ...(published && { datePublished: published }),
    ...(essay.lang && { inLanguage: essay.lang }),
    isPartOf: website(),
    publisher: { "@type": "Organization", name: "Scholia", url: absolute() },
  };
}

/**
 * The reading page's head: Open Graph (`og:type` article), `citation_*`, a JSON-LD `Article`
 * and the essay's oEmbed response (type `link`). Authors and dates come from the model only.
 */
export function readingHeadMeta(essay: Essay, description: string): HeadMeta {
  const page = { title: essay.title, description, url: absolute(`${essay.slug}/`) };
  return {
    tags: metaTags(essay, page),
    oembed: { href: absolute(`oembed/${essay.slug}.json`), title: essay.title },
    jsonLd: { "@context": "https://schema.org", ...articleJsonLd(essay, description) },
  };
}

/**
 * A passage page's head: the reading page's tags with the passage's own title ("Paragraph 3
 * of “…”") and URL, its oEmbed response, and JSON-LD of the Article whose part is the passage.
 */
export function passageHeadMeta(
  essay: Essay,
  paragraph: Paragraph,
  page: PageIdentity,
  passageLd: Record<string, unknown>,
): HeadMeta {
  return {
    tags: metaTags(essay, page),
    oembed: { href: absolute(`oembed/${essay.slug}/${paragraph.id}.json`), title: page.title },
    jsonLd: {
      "@context": "https://schema.org",
      ...articleJsonLd(essay, essay.subtitle ?? page.description),
      hasPart: { ...passageLd, name: page.title, isPartOf: { "@id": absolute(`${essay.slug}/`) } },
    },
  };
}
