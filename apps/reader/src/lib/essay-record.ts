import type { Essay, Paragraph } from "@scholia/essay";
import { passageUrls, siteInfo } from "./passage-urls.ts";
import { absolute } from "./urls.ts";

/** A paragraph of the essay record: the model's paragraph with the absolute URLs published for it. */
export type ParagraphRecord = Paragraph & { urls: ReturnType<typeof passageUrls> };

/** The record published at `/<slug>.json`: the whole essay model, plus canonical URLs for it and each paragraph. */
export type EssayRecord = Omit<Essay, "paragraphs"> & {
  version: 1;
  type: "scholia-essay";
  url: string;
  urls: { reading: string; claims: string; index: string; annotations: string; record: string };
  site: { name: string; url: string };
  paragraphs: ParagraphRecord[];
};

/**
 * The essay model as JSON for other tools, every field of the model kept and URLs added.
 * @example essayRecord(essay).paragraphs[2]?.urls.passage // "…/talking-about-talking/p3/"
 */
export function essayRecord(essay: Essay): EssayRecord {
  const url = absolute(`${essay.slug}/`);
  return {
    version: 1,
    type: "scholia-essay",
    ...essay,
    url,
    urls: {
      reading: url,
      claims: absolute(`${essay.slug}/claims/`),
      index: absolute(`${essay.slug}/index/`),
      annotations: absolute(`${essay.slug}/annotations.jsonld`),
      record: absolute(`${essay.slug}.json`),
    },
    site: siteInfo(),
    paragraphs: essay.paragraphs.map((paragraph) => ({ ...paragraph, urls: passageUrls(essay.slug, paragraph.id) })),
  };
}
