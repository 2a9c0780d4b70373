import { z } from "astro/zod";
import { isClaimId, isEssaySlug, isParagraphId } from "./ids.ts";
import { type BlockType, CLAIM_KINDS, type ClaimId, type EssaySlug, type ParagraphId } from "./types.ts";

// The essay model as an Astro collection schema, so that every entry the loader stores is
// validated (Astro's `parseData`) and the site reads typed data without casts. A compile-time
// check in test/essay-schema.test.ts keeps it equal to the `Essay` type of types.ts.

const paragraphIdSchema = z.custom<ParagraphId>(isParagraphId, { message: "expected a paragraph id such as p3" });
const claimIdSchema = z.custom<ClaimId>(isClaimId, { message: "expected a claim id such as p3.s2" });
const slugSchema = z.custom<EssaySlug>(isEssaySlug, {
  message: "expected a slug of lower-case letters, digits and hyphens",
});
const offset = z.number().int().nonnegative();

const spanMark = z.strictObject({
  type: z.enum(["emphasis", "strong", "code", "delete", "sup", "sub"]),
  start: offset,
  end: offset,
});
const linkMark = z.strictObject({
  type: z.literal("link"),
  start: offset,
  end: offset,
  href: z.string(),
  title: z.string().exactOptional(),
});
const footnoteRefMark = z.strictObject({
  type: z.literal("footnote-ref"),
  start: offset,
  end: offset,
  footnote: z.string(),
});
const breakMark = z.strictObject({ type: z.literal("break"), start: offset, end: offset });
const inlineMark = z.discriminatedUnion("type", [spanMark, linkMark, footnoteRefMark, breakMark]);
const marks = z.array(inlineMark).readonly();

const claim = z.strictObject({
  id: claimIdSchema,
  paragraphId: paragraphIdSchema,
  kind: z.enum(CLAIM_KINDS),
  thesis: z.boolean(),
  text: z.string(),
  start: offset,
  end: offset,
  cues: z.array(z.string()).readonly(),
});

const blockTypes = [
  "paragraph",
  "quote",
  "list-item",
  "heading",
  "verse",
  "code",
  "table",
  "figure",
] as const satisfies readonly BlockType[];

const paragraph = z.strictObject({
  id: paragraphIdSchema,
  index: z.number().int().positive(),
  type: z.enum(blockTypes),
  line: z.number().int().positive(),
  text: z.string(),
  analysed: z.boolean(),
  marks,
  quoteDepth: z.number().int().positive().exactOptional(),
  list: z
    .object({
      ordered: z.boolean(),
      number: z.number().int().exactOptional(),
      depth: z.number().int().positive(),
      list: z.string(),
      checked: z.boolean().exactOptional(),
    })
    .exactOptional(),
  code: z.strictObject({ lang: z.string().exactOptional(), value: z.string() }).exactOptional(),
  table: z
    .object({
      align: z.array(z.enum(["left", "right", "center"]).nullable()).readonly(),
      header: z.boolean(),
      rows: z.array(z.array(z.strictObject({ text: z.string(), marks })).readonly()).readonly(),
    })
    .exactOptional(),
  figure: z
    .object({
      src: z.string(),
      alt: z.string(),
      title: z.string().exactOptional(),
      caption: z.string().exactOptional(),
    })
    .exactOptional(),
  sentences: z.array(z.strictObject({ start: offset, end: offset, text: z.string() })).readonly(),
  claims: z.array(claim).readonly(),
});

const mention = z.strictObject({ paragraphId: paragraphIdSchema, start: offset, end: offset });
const entity = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: z.enum(["person", "place", "organisation", "date", "other"]),
  aliases: z.array(z.string()).readonly(),
  mentions: z.array(mention).readonly(),
});

const crossRef = z.strictObject({
  from: paragraphIdSchema,
  to: paragraphIdSchema,
  reason: z.enum([
    "back-reference",
    "shared-actors",
    "lexical",
    "supports",
    "contradicts",
    "qualifies",
    "defines",
    "example-of",
  ]),
  score: z.number(),
  evidence: z.string().exactOptional(),
});

const diagnostic = z.strictObject({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string(),
  message: z.string(),
  where: z.strictObject({
    file: z.string().exactOptional(),
    line: z.number().int().exactOptional(),
    column: z.number().int().exactOptional(),
    paragraphId: paragraphIdSchema.exactOptional(),
  }),
});

const note = z.strictObject({
  id: z.string(),
  number: z.number().int().positive(),
  kind: z.enum(["context", "source", "correction", "definition"]),
  paragraphId: paragraphIdSchema,
  start: offset,
  end: offset,
  selector: z.strictObject({
    type: z.literal("TextQuoteSelector"),
    exact: z.string(),
    prefix: z.string().exactOptional(),
    suffix: z.string().exactOptional(),
  }),
  text: z.string(),
  html: z.string(),
  line: z.number().int().positive(),
  fuzzy: z.boolean(),
});

const footnote = z.strictObject({
  id: z.string(),
  label: z.string(),
  paragraphId: paragraphIdSchema,
  offset,
  text: z.string(),
  marks,
  line: z.number().int().positive(),
});

const section = z.strictObject({
  title: z.string(),
  depth: z.number().int().nonnegative().exactOptional(),
  marks: marks.exactOptional(),
  line: z.number().int().positive(),
  before: z.number().int().positive(),
});

const edition = z.strictObject({
  editor: z.string().exactOptional(),
  created: z.string().exactOptional(),
  modified: z.string().exactOptional(),
});

/** The essay model as a Zod schema: what the loader validates each parsed essay against. */
export const essaySchema = z.strictObject({
  slug: slugSchema,
  title: z.string(),
  subtitle: z.string().exactOptional(),
  author: z.string().exactOptional(),
  authors: z.array(z.string()).readonly().exactOptional(),
  date: z.string().exactOptional(),
  source: z.string().exactOptional(),
  lang: z.string().exactOptional(),

  format: z.enum(["text", "markdown"]),
  paragraphs: z.array(paragraph).readonly(),
  sections: z.array(section).readonly(),
  entities: z.array(entity).readonly(),
  crossRefs: z.array(crossRef).readonly(),
  notes: z.array(note).readonly(),
  edition: edition.exactOptional(),
  footnotes: z.array(footnote).readonly(),
  diagnostics: z.array(diagnostic).readonly(),
});
