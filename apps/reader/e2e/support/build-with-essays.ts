import { buildSite, essaysFolder } from "./build-site.ts";

/** The outcome of building the reader on a folder of essays. */
export interface EssaysBuild {
  readonly ok: boolean;
  readonly output: string;
}

/** Writes files into a fresh temporary essays folder and builds the reader on it into a temporary folder. */
export async function buildWithEssays(files: Record<string, string>): Promise<EssaysBuild> {
  const { ok, output } = await buildSite(await essaysFolder(files));
  return { ok, output };
}
