import { ESSAY_ERRORS, type EssayErrorCode } from "./errors-data.ts";

/** Where in which file a problem is, for a positioned message. */
export interface ErrorPlace {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** The file's text, when at hand: the error then carries a code frame of the place. */
  readonly source?: string | undefined;
}

/** The location Astro prints for an error (`loc`): file, line and column. */
export interface ErrorLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * A problem in an essay or notes file: what is wrong, where, and what to do.
 * Its message is one positioned line, `file:line:column: reason`, as a vfile message reads;
 * the fix is in `hint`, never in the message. It has the shape Astro prints for user errors
 * (`name`, `title`, `hint`, `loc`, `frame`) and no stack trace: it describes the input, not the code.
 */
export class EssayError extends Error {
  /** Astro prints errors of this type as `[name] message`, then the hint and the location. */
  readonly type = "AstroUserError";
  override readonly name: string;
  readonly code: EssayErrorCode;
  readonly title: string;
  readonly reason: string;
  readonly hint: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly loc: ErrorLocation | undefined;
  /** The source lines around the place, with a caret under the column (Astro's code frame). */
  readonly frame: string | undefined;

  constructor(code: EssayErrorCode, reason: string, hint: string, place: ErrorPlace = {}) {
    super(formatMessage(reason, place));
    const data = ESSAY_ERRORS[code];
    this.name = data.name;
    this.code = code;
    this.title = data.title;
    this.reason = reason;
    this.hint = hint;
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.loc =
      place.file === undefined
        ? undefined
        : {
            file: place.file,
            ...(place.line !== undefined && { line: place.line }),
            ...(place.column !== undefined && { column: place.column }),
          };
    this.frame =
      place.source !== undefined && place.line !== undefined
        ? codeFrame(place.source, place.line, place.column)
        : undefined;
    // A user's input error: Astro and the CLI print the message and hint, never frames of this code.
    this.stack = "";
  }
}

/** Formats `file:line:column: reason`, leaving out the parts that are unknown. */
export function formatMessage(reason: string, place: ErrorPlace): string {
  return `${formatPlace(place)}: ${reason}`;
}

/** Formats `file:line:column`, `<input>` when the file is unknown. */
export function formatPlace(place: ErrorPlace): string {
  return [place.file ?? "<input>", place.line, place.column].filter((part) => part !== undefined).join(":");
}

/** An error as a report: its message, then its hint on a `↳` line (Pagefind's pattern). */
export function formatReport(error: EssayError): string {
  return `${error.message}\n  ↳ ${error.hint}`;
}

/** True when `error` is an EssayError (also across package copies). */
export function isEssayError(error: unknown): error is EssayError {
  return (
    error instanceof EssayError ||
    (error instanceof Error &&
      "code" in error &&
      "reason" in error &&
      "hint" in error &&
      (error as { type?: unknown }).type === "AstroUserError")
  );
}

/** Two lines of source either side of `line`, numbered, with a caret under `column`. */
export function codeFrame(source: string, line: number, column = 1): string {
  const lines = source.split("\n");
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${(lines[n - 1] ?? "").replace(/\t/g, "  ")}`);
    if (n === line) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1))}^`);
  }
  return out.join("\n");
}
