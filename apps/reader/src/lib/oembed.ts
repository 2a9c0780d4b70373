import type { PassageRecord } from "@scholia/embed";
import { EMBED_WIDTH, estimatedHeight, fallbackQuote, iframeEmbedCode, passageLabel } from "./embed-code.ts";

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
