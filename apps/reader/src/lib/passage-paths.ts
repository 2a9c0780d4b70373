import type { Essay, Paragraph } from "@scholia/essay";
import { loadEssays } from "./essays.ts";

/** What every per-passage route renders from: the essay and one of its paragraphs. */
export type PassageProps = {
  essay: Essay;
  paragraph: Paragraph;
};

/** `getStaticPaths` for the per-passage routes: one `{ slug, passage: "p<n>" }` per paragraph of every essay. */
export async function passagePaths(): Promise<{ params: { slug: string; passage: string }; props: PassageProps }[]> {
  const essays = await loadEssays();
  return essays.flatMap((essay) =>
    essay.paragraphs.map((paragraph) => ({
      params: { slug: essay.slug, passage: paragraph.id },
      props: { essay, paragraph },
    })),
  );
}

/** `getStaticPaths` for the per-essay routes: one `{ slug }` per essay. */
export async function essayPaths(): Promise<{ params: { slug: string }; props: { essay: Essay } }[]> {
  const essays = await loadEssays();
  return essays.map((essay) => ({ params: { slug: essay.slug }, props: { essay } }));
}
