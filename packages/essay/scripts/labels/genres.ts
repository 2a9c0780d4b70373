import { readFileSync } from "node:fs";

/**
 * Reads the file → genre map from the corpus's SOURCES.md: the table's group rows
 * ("**A. 18th–19th-century political …**") name the genre of the files listed under them.
 */
export function genresFromSources(sourcesPath: string): Record<string, string> {
  const genres: Record<string, string> = {};
  let group = "";
  for (const line of readFileSync(sourcesPath, "utf8").split("\n")) {
    const heading = /^\| \*\*[A-Z]\. (.+?)\*\* \|/.exec(line);
    if (heading) {
      group = shortGenre(heading[1] ?? "");
      continue;
    }
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (row && group) genres[row[1] ?? ""] = group;
  }
  return genres;
}

function shortGenre(heading: string): string {
  return heading.replace(/\s*\(.*\)$/, "").trim();
}
