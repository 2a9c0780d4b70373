import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The reader's configuration, read from `SCHOLIA_*` environment variables. */
export interface ReaderSettings {
  /** Absolute origin used in canonical URLs, oEmbed and embed code. */
  readonly site: string;
  /** Base path the site is served under, with leading and trailing slash. */
  readonly base: string;
  /** Absolute path of the folder of essays to build. */
  readonly essays: string;
  /** Where to write the site instead of apps/reader/dist (`SCHOLIA_OUT_DIR`, for parallel builds). */
  readonly outDir?: string;
}

/** The site's own top-level routes and files, which no essay's slug may take. */
export const SITE_ROUTES: readonly string[] = ["search", "embed", "oembed", "pagefind", "embed.js", "_astro", "404"];

/** The repository's root folder (two levels above apps/reader). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * Reads `SCHOLIA_SITE`, `SCHOLIA_BASE` and `SCHOLIA_ESSAYS`, each with a working default.
 * @example readerSettings({ SCHOLIA_BASE: "/essays/" })
 */
export function readerSettings(env: Record<string, string | undefined>): ReaderSettings {
  const site = env.SCHOLIA_SITE?.trim() || "http://localhost:4321";
  let origin: URL;
  try {
    origin = new URL(site);
  } catch {
    throw new TypeError(`SCHOLIA_SITE must be an absolute URL such as https://example.org, not "${site}"`);
  }
  const base = `/${(env.SCHOLIA_BASE ?? "/").split("/").filter(Boolean).join("/")}/`.replace("//", "/");
  const essaysSetting = env.SCHOLIA_ESSAYS?.trim() || "apps/reader/essays";
  const essays = isAbsolute(essaysSetting) ? essaysSetting : resolve(REPO_ROOT, essaysSetting);
  const outDir = env.SCHOLIA_OUT_DIR?.trim();
  return { site: origin.origin, base, essays, ...(outDir && { outDir: resolve(REPO_ROOT, outDir) }) };
}
