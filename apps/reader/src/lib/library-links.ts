import { type Essay, type LibraryCrossRef, libraryCrossRefs } from "@scholia/essay";

let cached: { essays: readonly Essay[]; links: LibraryCrossRef[] } | undefined;

/** Related passages across the library's essays, computed once per build (empty for a library of one). */
export function libraryLinks(essays: readonly Essay[]): LibraryCrossRef[] {
  if (cached?.essays.length !== essays.length || cached.essays.some((essay, i) => essay.slug !== essays[i]?.slug)) {
    cached = { essays, links: essays.length > 1 ? libraryCrossRefs(essays, { perParagraph: 2, threshold: 0.25 }) : [] };
  }
  return cached.links;
}
