import { getCollection } from "astro:content";
import type { ClaimKind, Essay } from "@scholia/essay";
import { CLAIM_KINDS } from "@scholia/essay";

/** Every essay of the library, in title order. */
export async function loadEssays(): Promise<Essay[]> {
  const entries = await getCollection("essays");
  return entries.map((entry): Essay => entry.data).sort((a, b) => a.title.localeCompare(b.title, "en"));
}

/** How many claims of each kind an essay makes, every kind present (zero where none). */
export function claimCounts(essay: Essay): Record<ClaimKind, number> {
  const counts = Object.fromEntries(CLAIM_KINDS.map((kind) => [kind, 0])) as Record<ClaimKind, number>;
  for (const paragraph of essay.paragraphs) for (const claim of paragraph.claims) counts[claim.kind]++;
  return counts;
}

/** The number of words in an essay's body. */
export function wordCount(essay: Essay): number {
  return essay.paragraphs.reduce((sum, paragraph) => sum + (paragraph.text.match(/\S+/g)?.length ?? 0), 0);
}
