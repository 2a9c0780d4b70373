import { parse as parseYaml, YAMLParseError } from "yaml";
import { EssayError } from "./errors.ts";

/** Metadata an essay may declare in YAML front matter. */
export interface FrontMatter {
  readonly title?: string;
  readonly subtitle?: string;
  readonly author?: string;
  readonly date?: string;
  readonly source?: string;
  /** BCP 47 language of the essay ("fr", "de-CH"). */
  readonly lang?: string;
}

/** The front matter of a text, and the line (1-based) where its body starts. */
export interface SplitFrontMatter {
  readonly data: FrontMatter;
  readonly body: string;
  readonly bodyLine: number;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const FIELDS = ["title", "subtitle", "author", "date", "source", "lang"] as const;

/** Splits YAML front matter (`---` fences at the very top) from the body. */
export function splitFrontMatter(text: string, file?: string): SplitFrontMatter {
  const match = FENCE.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  const yaml = match[1] ?? "";
  let raw: unknown;
  try {
    raw = parseYaml(yaml);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 0) + 1 : 1;
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new EssayError(
      "front-matter-syntax",
      `the front matter is not valid YAML: ${reason}`,
      "fix the YAML between the two '---' lines (key: value, one per line)",
      { file, line },
    );
  }
  const data: Record<string, string> = {};
  if (raw && typeof raw === "object") {
    for (const key of FIELDS) {
      const value = (raw as Record<string, unknown>)[key];
      if (value instanceof Date) data[key] = value.toISOString().slice(0, 10);
      else if (value !== undefined && value !== null) data[key] = String(value);
    }
  }
  return {
    data,
    body: text.slice(match[0].length),
    bodyLine: match[0].split("\n").length - (match[0].endsWith("\n") ? 1 : 0) + 1,
  };
}
