import type { Diagnostic, Entity, Essay } from "@scholia/essay";

/** What a page says wherever it shows a headline the body does not bear out, in three lengths. */
export interface HeadlineCaveat {
  /** For banners and captions: what is wrong, and what the text is about instead. */
  readonly text: string;
  /** For meta descriptions and search results: one sentence. */
  readonly short: string;
  /** For `<title>`s, before the headline: two or three words. */
  readonly flag: string;
}

/** How many of the body's actors the caveat names. */
const ACTORS = 3;

/**
 * The caveat that travels with an essay's headline when the parser found that the headline names
 * people or places the body never mentions (`headline-body-mismatch`), saying what the body is
 * about in words: its most widely mentioned actors. Undefined when the headline is not in doubt.
 * @example headlineCaveat(essay)?.flag // "Headline in doubt"
 */
export function headlineCaveat(essay: Pick<Essay, "diagnostics" | "entities">): HeadlineCaveat | undefined {
  const mismatch = essay.diagnostics.find((diagnostic: Diagnostic) => diagnostic.code === "headline-body-mismatch");
  if (!mismatch) return undefined;
  const actors = mainActors(essay.entities);
  const about = actors.length > 0 ? `the text is about ${new Intl.ListFormat("en").format(actors)}` : "";
  return {
    text: about ? `${mismatch.message} In fact ${about}.` : mismatch.message,
    short: `The headline may belong to another article${about ? `; ${about}` : ""}.`,
    flag: "Headline in doubt",
  };
}

/** The actors named in the most paragraphs (then the most often), dates left out. */
function mainActors(entities: readonly Entity[]): string[] {
  const spread = (entity: Entity) => new Set(entity.mentions.map((mention) => mention.paragraphId)).size;
  return entities
    .filter((entity) => entity.type !== "date" && entity.mentions.length > 0)
    .map((entity) => ({ name: entity.name, paragraphs: spread(entity), mentions: entity.mentions.length }))
    .sort((a, b) => b.paragraphs - a.paragraphs || b.mentions - a.mentions || a.name.localeCompare(b.name, "en"))
    .slice(0, ACTORS)
    .map((actor) => actor.name);
}
