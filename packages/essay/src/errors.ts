/** Where in which file a problem is, for a positioned message. */
export interface ErrorPlace {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/**
 * A problem in an essay or notes file: what is wrong, where, and what to do.
 * Its message reads like a vfile message: `file:line:column: reason` then the hint.
 */
export class EssayError extends Error {
  override readonly name = "EssayError";
  readonly code: string;
  readonly reason: string;
  readonly hint: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(code: string, reason: string, hint: string, place: ErrorPlace = {}) {
    super(formatMessage(reason, hint, place));
    this.code = code;
    this.reason = reason;
    this.hint = hint;
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
  }
}

/** Formats `file:line:column: reason — hint`, leaving out the parts that are unknown. */
export function formatMessage(reason: string, hint: string, place: ErrorPlace): string {
  const where = [place.file ?? "<input>", place.line, place.column].filter((part) => part !== undefined).join(":");
  return `${where}: ${reason}\n  ↳ ${hint}`;
}

/** True when `error` is an EssayError (also across package copies). */
export function isEssayError(error: unknown): error is EssayError {
  return error instanceof Error && error.name === "EssayError" && "code" in error;
}
