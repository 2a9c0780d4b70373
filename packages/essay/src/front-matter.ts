import { parse as parseToml, TomlDate, TomlError } from "smol-toml";
import { parseDocument } from "yaml";
import { EssayError } from "./errors.ts";
import { type Metadata, metadataFrom } from "./metadata.ts";

/** The metadata of a text's front matter, and its body with the line (1-based) where it starts. */
export interface SplitFrontMatter {
  readonly data: Metadata;
  readonly body: string;
  readonly bodyLine: number;
}

interface Fence {
  readonly marker: "---" | "+++";
  readonly language: "YAML" | "TOML";
}

const FENCES: readonly Fence[] = [
  { marker: "---", language: "YAML" },
  { marker: "+++", language: "TOML" },
];

/**
 * Splits YAML (`---`) or TOML (`+++`) front matter at the very top from the body: the one
 * front-matter reader for both formats. Errors name the file and the line: an unclosed fence,
 * front matter with no body after it, and the YAML or TOML parser's full reason.
 */
export function splitFrontMatter(text: string, file?: string): SplitFrontMatter {
  const fence = FENCES.find((candidate) => new RegExp(`^${escapeMarker(candidate.marker)}[ \\t]*(?:\\n|$)`).test(text));
  if (!fence) return { data: {}, body: text, bodyLine: 1 };
  const lines = text.split("\n");
  const close = lines.findIndex(
    (line, i) => i > 0 && (line.trimEnd() === fence.marker || (fence.language === "YAML" && line.trimEnd() === "...")),
  );
  if (close === -1) {
    // A lone '---' line that opens no key: value fields is a thematic break or a rule of dashes, not front matter.
    if (!/^[ \t]*[\w"'-][^\n]*[:=]/.test(lines[1] ?? "")) return { data: {}, body: text, bodyLine: 1 };
    throw new EssayError(
      "front-matter-unclosed",
      `the front matter opened with '${fence.marker}' on line 1 never closes`,
      `add a line '${fence.marker}' after the last field, before the essay's text`,
      { file, line: 1, source: text },
    );
  }
  const source = lines.slice(1, close).join("\n");
  const raw = fence.language === "YAML" ? readYaml(source, file, text) : readToml(source, file, text);
  const body = lines.slice(close + 1).join("\n");
  const bodyLine = close + 2;
  if (body.trim() === "") {
    throw new EssayError(
      "front-matter-no-body",
      "the file has front matter but no essay text after it",
      `write the essay below the closing '${fence.marker}' line`,
      { file, line: close + 1, source: text },
    );
  }
  // The notes' editor is named in front matter alone: a Gutenberg header's "Editor:" edited the book.
  const named = raw["editor"];
  const editor = typeof named === "string" && named.trim() !== "" ? named.trim() : undefined;
  return { data: { ...metadataFrom(raw), ...(editor && { editor }) }, body, bodyLine };
}

function readYaml(source: string, file: string | undefined, text: string): Record<string, unknown> {
  const document = parseDocument(source, { prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + 1;
    // The message ends with " at line L, column C:" and a picture of the line: keep the reason whole, drop the picture.
    const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.message;
    throw new EssayError(
      "front-matter-syntax",
      `the front matter is not valid YAML: ${reason}`,
      "fix the YAML between the two '---' lines (key: value, one per line; quote values that contain ': ')",
      { file, line, ...(error.linePos && { column: error.linePos[0].col }), source: text },
    );
  }
  let value: unknown;
  try {
    value = document.toJS();
  } catch (error) {
    // Parsed but not resolvable, such as an alias (`*name`) to an anchor that is never set.
    throw new EssayError(
      "front-matter-syntax",
      `the front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
      "fix the YAML between the two '---' lines; quote a value that starts with '*', '&' or '!'",
      { file, line: 2, source: text },
    );
  }
  return asTable(value, "YAML", file);
}

function readToml(source: string, file: string | undefined, text: string): Record<string, unknown> {
  try {
    return asTable(parseToml(source), "TOML", file);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split("\n")[0] ?? error.message;
    throw new EssayError(
      "front-matter-syntax",
      `the front matter is not valid TOML: ${reason}`,
      "fix the TOML between the two '+++' lines (key = \"value\", one per line)",
      { file, line: error.line + 1, column: error.column, source: text },
    );
  }
}

function asTable(value: unknown, language: string, file: string | undefined): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === "object" && !Array.isArray(value)) return normaliseDates(value as Record<string, unknown>);
  throw new EssayError(
    "front-matter-syntax",
    `the front matter is ${language} but not a set of fields`,
    "write one field per line, such as 'title: …'",
    { file, line: 2 },
  );
}

function normaliseDates(table: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    out[key] = value instanceof TomlDate ? value.toISOString() : value;
  }
  return out;
}

function escapeMarker(marker: string): string {
  return marker.replace(/[+]/g, "\\+");
}
