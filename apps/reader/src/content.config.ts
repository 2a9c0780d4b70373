import { defineCollection } from "astro:content";
import { essayLoader } from "@scholia/essay/loader";
import { REPO_ROOT, readerSettings, SITE_ROUTES } from "./settings.ts";

const settings = readerSettings(process.env);

/** Every essay of the SCHOLIA_ESSAYS folder, parsed into the essay model. */
const essays = defineCollection({
  loader: essayLoader({ directory: settings.essays, root: REPO_ROOT, reservedSlugs: SITE_ROUTES }),
});

export const collections = { essays };
