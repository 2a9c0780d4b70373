import type { PassageRecord } from "@scholia/embed";
import { KIND_STYLES } from "./claim-kinds.ts";

/**
 * Serialises a value as JSON that is safe inside `<script type="application/ld+json">`: `<`, `>` and `&`
 * become `\u003c`, `\u003e`, `\u0026`, so text such as `</script>` can never close the element.
 * @example scriptJson({ text: "</script>" }) // '{"text":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** schema.org JSON-LD for a passage page: the essay as an `Article` whose part is the passage, a `Quotation` made of `Claim`s. */
export function passageJsonLd(record: PassageRecord): Record<string, unknown> {
  const { essay, passage, site } = record;
  const author = essay.author ? { author: { "@type": "Person", name: essay.author } } : {};
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    "@id": essay.url,
    url: essay.url,
    headline: essay.title,
    ...(essay.subtitle && { alternativeHeadline: essay.subtitle }),
    ...author,
    ...(essay.date && { datePublished: essay.date }),
    publisher: { "@type": "Organization", name: site.name, url: site.url },
    hasPart: {
      "@type": "Quotation",
      "@id": passage.url,
      url: passage.url,
      name: `¶ ${passage.index} of “${essay.title}”`,
      position: passage.index,
      text: passage.text,
      isPartOf: { "@id": essay.url },
      ...author,
      hasPart: record.claims.map((claim) => ({
        "@type": "Claim",
        identifier: claim.id,
        text: claim.text,
        genre: KIND_STYLES[claim.kind].label,
        ...(claim.thesis && { keywords: "thesis" }),
        appearance: { "@id": passage.url },
      })),
    },
  };
}
