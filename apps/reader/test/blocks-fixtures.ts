import type { Claim, ClaimId, Essay, EssaySlug, InlineMark, Paragraph, ParagraphId, Section } from "@scholia/essay";

/** A paragraph id from a number, for hand-built models. */
export const pid = (n: number): ParagraphId => `p${n}` as ParagraphId;

/** A claim over `[start, end)` of a text, as the parser would make it. */
export function claimOf(
  text: string,
  n: number,
  s: number,
  start: number,
  end: number,
  kind: Claim["kind"] = "assessment",
): Claim {
  return {
    id: `p${n}.s${s}` as ClaimId,
    paragraphId: pid(n),
    kind,
    thesis: false,
    text: text.slice(start, end),
    start,
    end,
    cues: [],
  };
}

/** A hand-built body paragraph: its text, with sentences cut at ". " unless claims are given. */
export function para(n: number, text: string, extra: Partial<Paragraph> = {}): Paragraph {
  const claims: Claim[] = [];
  const sentence = /[^.!?]+[.!?]*/g;
  for (let match = sentence.exec(text), s = 1; match; match = sentence.exec(text), s++) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    if (end > start) claims.push(claimOf(text, n, s, start, end));
  }
  return {
    id: pid(n),
    index: n,
    type: "paragraph",
    line: n * 2,
    text,
    analysed: true,
    marks: [],
    sentences: claims.map(({ start, end, text: words }) => ({ start, end, text: words })),
    claims,
    ...extra,
  };
}

/** An inline mark without its place, whatever its type. */
export type Unplaced<T> = T extends unknown ? Omit<T, "start" | "end"> : never;

/** A mark over the first occurrence of `words` in `text`. */
export function over(text: string, words: string, mark: Unplaced<InlineMark>): InlineMark {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { ...mark, start, end: start + words.length } as InlineMark;
}

/** A hand-built essay around some paragraphs. */
export function essayOf(paragraphs: Paragraph[], extra: Partial<Essay> = {}, sections: Section[] = []): Essay {
  return {
    slug: "built" as EssaySlug,
    title: "A Built Essay",
    format: "markdown",
    paragraphs,
    sections,
    entities: [],
    crossRefs: [],
    notes: [],
    footnotes: [],
    diagnostics: [],
    ...extra,
  };
}
