import { TITLES } from "./titles.ts";

/** A run of capitalised words that may name someone or something, as offsets into a paragraph. */
export interface NameRun {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** True when a title ("President", "Dr.") stood before the name and was stripped. */
  readonly titled: boolean;
  /** True when the run opens its sentence (after any ordinary first word was left out). */
  readonly atSentenceStart: boolean;
}

// Capitalised words, allowing lower-case particles inside ("Bank of England", "Ludwig van Beethoven").
const RUN =
  /\p{Lu}[\p{L}\p{M}\p{N}'’.-]*(?:\s(?:(?:of|the|de|da|del|di|von|van|der|den|du|la|le|al|bin|ibn)\s)*\p{Lu}[\p{L}\p{M}\p{N}'’.-]*)*/uy;
const UPPER = /\p{Lu}/u;
const WORD = /\S+/g;

/**
 * Finds the runs of capitalised words in a paragraph, split at sentence starts and sentence ends;
 * `isOrdinary` tells whether a sentence's capitalised first word is an ordinary word to leave out.
 */
export function findNameRuns(
  text: string,
  sentenceStarts: ReadonlySet<number>,
  isOrdinary: (word: string) => boolean,
): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < text.length; i++) {
    const match = runAt(text, i);
    if (match === undefined) continue;
    i += match.length - 1;
    for (const piece of splitRun(match, i - match.length + 1, sentenceStarts)) {
      const start = skipOrdinaryOpener(text, piece, sentenceStarts, isOrdinary);
      if (start >= piece.end) continue;
      const run = trimRun(text, start, piece.end, start === piece.start && sentenceStarts.has(start));
      if (run) runs.push(run);
    }
  }
  return runs;
}

// The run RUN matches at `i`, tried only where a capital stands: a scan of character codes finds
// the capitals faster than the pattern searching for its own first letter.
function runAt(text: string, i: number): string | undefined {
  const code = text.charCodeAt(i);
  if (code < 65 || (code > 90 && code < 128)) return undefined;
  if (code > 127 && !UPPER.test(String.fromCodePoint(text.codePointAt(i) ?? code))) return undefined;
  RUN.lastIndex = i;
  return RUN.exec(text)?.[0];
}

function splitRun(run: string, offset: number, starts: ReadonlySet<number>): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let start = offset;
  WORD.lastIndex = 0;
  for (let word = WORD.exec(run); word !== null; word = WORD.exec(run)) {
    const at = offset + word.index;
    if (at !== start && starts.has(at)) {
      pieces.push({ start, end: at - 1 });
      start = at;
    }
  }
  if (start < offset + run.length) pieces.push({ start, end: offset + run.length });
  return pieces;
}

// A sentence (or quotation) opens with a capital whatever its first word is.
function skipOrdinaryOpener(
  text: string,
  piece: { start: number; end: number },
  starts: ReadonlySet<number>,
  isOrdinary: (word: string) => boolean,
): number {
  const opensSentence =
    starts.has(piece.start) || /[“"‘(]\s*$/u.test(text.slice(Math.max(0, piece.start - 2), piece.start));
  const space = text.indexOf(" ", piece.start);
  const wordEnd = space < 0 || space > piece.end ? piece.end : space;
  const word = text.slice(piece.start, wordEnd).replace(/['’]s?$/u, "");
  if (!opensSentence || !isOrdinary(word)) return piece.start;
  return wordEnd + 1;
}

function trimRun(text: string, start: number, end: number, atSentenceStart: boolean): NameRun | undefined {
  let surface = text.slice(start, end);
  // Possessives and trailing punctuation belong to the sentence, not the name.
  surface = surface.replace(/(?:['’]s?|[-.,;:])+$/u, (tail) =>
    /^\.$/.test(tail) && /\b\p{L}\.\p{L}\.$/u.test(surface) ? tail : "",
  );
  let from = start;
  let titled = false;
  for (;;) {
    const space = surface.indexOf(" ");
    if (space < 0) break;
    const first = surface.slice(0, space);
    const rest = surface.slice(space + 1);
    const isTitle = TITLES.has(first);
    const demonymBeforeTitle = /(?:an|ese|ish|i)$/.test(first) && TITLES.has(rest.split(" ")[0] ?? "");
    if (!isTitle && !demonymBeforeTitle) break;
    titled = true;
    surface = rest.replace(/^(?:of |the )+/, "");
    from = text.indexOf(surface, start);
  }
  if (surface === "") return undefined;
  return {
    surface,
    start: from,
    end: from + surface.length,
    titled,
    atSentenceStart: atSentenceStart && from === start,
  };
}
