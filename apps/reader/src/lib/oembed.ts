import type { PassageRecord } from "@scholia/embed";
import type { Essay } from "@scholia/essay";
import { EMBED_WIDTH, estimatedHeight, fallbackQuote, iframeEmbedCode, passageLabel } from "./embed-code.ts";
import { essayAuthors } from "./head-meta.ts";
import { siteInfo } from "./passage-urls.ts";

/** How long, in seconds, consumers may cache an oEmbed response: a day, since editions change rarely. */
export const OEMBED_CACHE_AGE = 86_400;

/** An oEmbed 1.0 response of type `rich` (oembed.com, § 2.3.4 and 2.3.4.4). */
export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  html: string;
  width: number;
  height: number;
  title: string;
  author_name?: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
}

/**
 * The static oEmbed response for a passage: a readable fallback quote (with the headline's caveat,
 * when given), then the iframe and its host script.
 * @example oembedResponse(passageRecord(essay, essay.paragraphs[2])).type // "rich"
 */
export function oembedResponse(record: PassageRecord, caveat?: string): OEmbedRich {
  return {
    version: "1.0",
    type: "rich",
    html: `${fallbackQuote(record, caveat)}\n${iframeEmbedCode(record)}`,
    width: EMBED_WIDTH,
    height: estimatedHeight(record.passage.text),
    title: passageLabel(record),
    ...(record.essay.author !== undefined && { author_name: record.essay.author }),
    provider_name: record.site.name,
    provider_url: record.site.url,
    cache_age: OEMBED_CACHE_AGE,
  };
}

/** An oEmbed 1.0 response of type `link` (oembed.com, § 2.3.4.3): the reading page has no embed of its own. */
export interface OEmbedLink {
  version: "1.0";
  type: "link";
  title: string;
  author_name?: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
}

/**
 * The static oEmbed response for an essay's reading page: its title and, when the essay names
 * them, its authors; consumers show it as a link card. To embed text, use a passage's response.
 */
export function essayOembed(essay: Essay): OEmbedLink {
  const authors = essayAuthors(essay);
  const site = siteInfo();
  return {
    version: "1.0",
    type: "link",
    title: essay.title,
    ...(authors.length > 0 && { author_name: essay.author ?? authors.join(", ") }),
    provider_name: site.name,
    provider_url: site.url,
    cache_age: OEMBED_CACHE_AGE,
  };
}
