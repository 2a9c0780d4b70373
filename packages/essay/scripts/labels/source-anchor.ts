/**
 * Letters and digits of a text, lower-cased, with each one's offset in the text: a form of the
 * source in which markup, entities and line wrapping barely disturb a sentence's characters.
 */
export interface Skeleton {
  readonly chars: string;
  readonly offsets: readonly number[];
}

/** Builds the skeleton of `text`. */
export function skeleton(text: string): Skeleton {
  let chars = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (/[\p{L}\p{N}]/u.test(ch)) {
      chars += ch.toLowerCase();
      offsets.push(i);
    }
  }
  return { chars, offsets };
}

/**
 * Places each sentence (in document order) in the source as a half-open range of source offsets,
 * searching forward from the previous one; a sentence whose start cannot be found gets `undefined`.
 */
export function anchorSentences(source: string, sentences: readonly string[]): ([number, number] | undefined)[] {
  const src = skeleton(source);
  let cursor = 0;
  return sentences.map((sentence) => {
    const own = skeleton(sentence).chars;
    if (own.length === 0) return undefined;
    const start = findStart(src.chars, own, cursor);
    if (start < 0) return undefined;
    const whole = src.chars.startsWith(own, start);
    const endIndex = whole ? start + own.length - 1 : findEnd(src.chars, own, start);
    cursor = whole ? start + own.length : start + 1;
    const from = src.offsets[start] ?? 0;
    const to = (src.offsets[Math.max(start, endIndex)] ?? from) + 1;
    return [from, to];
  });
}

// Tries the sentence's opening characters, then later pieces of it (markup can hide the opening),
// then a short opening found close to where the previous sentence ended.
function findStart(chars: string, own: string, cursor: number): number {
  for (const skip of [0, 8, 16, 32, 64]) {
    const key = own.slice(skip, skip + 24);
    if (key.length < Math.min(12, own.length)) break;
    const at = chars.indexOf(key, cursor);
    if (at >= 0 && at - skip >= cursor - 1) return Math.max(cursor, at - skip);
  }
  const short = own.slice(0, 6);
  const at = chars.indexOf(short, cursor);
  return at >= 0 && at - cursor < 400 ? at : -1;
}

function findEnd(chars: string, own: string, start: number): number {
  const key = own.slice(-24);
  const limit = start + own.length * 3 + 200;
  const at = chars.indexOf(key, start);
  return at >= 0 && at < limit ? at + key.length - 1 : start + own.length - 1;
}
