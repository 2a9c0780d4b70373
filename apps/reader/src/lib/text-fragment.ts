/** Sentences of at most this many words are quoted whole in a text fragment; longer ones by their ends. */
export const WHOLE_SENTENCE_WORDS = 10;

/**
 * The longest context searched for a unique start (about 30,000 words): beyond it (an essay of
 * megabytes) counting occurrences for every sentence would make building its passage pages
 * quadratic, so the sentence alone is the context.
 */
const MAX_CONTEXT_CHARS = 200_000;

/** The fewest words a `textStart` or `textEnd` uses, so that a range is not anchored on a single common word. */
const MIN_END_WORDS = 3;

/**
 * Percent-encodes one term of a text directive: like `encodeURIComponent`, and also `-`, which the
 * directive's syntax reserves next to `&` and `,` (URL Fragment Text Directives, § "Syntax").
 * @example encodeTextDirectiveTerm("cease-fire, now & then") // "cease%2Dfire%2C%20now%20%26%20then"
 */
export function encodeTextDirectiveTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D");
}

/**
 * How a text directive finds a sentence: the whole text, or the words it starts and ends with;
 * with the words just before it (`prefix-`) or after it (`-suffix`) when those alone recur.
 */
export type TextDirective = ({ readonly exact: string } | { readonly start: string; readonly end: string }) & {
  readonly prefix?: string;
  readonly suffix?: string;
};

/** The text around a sentence on the page, for `prefix-` and `-suffix`; empty where a note or a block sits. */
export interface SentenceSurroundings {
  readonly before: string;
  readonly after: string;
}

/** The most words a `prefix-` or `-suffix` uses. */
const MAX_CONTEXT_WORDS = 6;

const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

const WORD_CHAR = /[\p{L}\p{N}]/u;

// Text fragments match case-insensitively and on word boundaries, so counting occurrences that way
// tells whether a browser would land on the intended words. Both sides are lower-cased and searched
// with indexOf: a Unicode regular expression per call made long essays' passage pages slow to build.
const occurrences = (haystack: string, needle: string): number => {
  const text = lowered(haystack);
  const word = needle.toLowerCase();
  let count = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) count++;
  }
  return count;
};

// Every sentence of an essay is looked up in the same context: squash and lower-case it once.
let lastContext = { raw: "", squashed: "", lower: "" };
const squashedContext = (context: string): string => {
  if (lastContext.raw !== context) {
    const squashed = squash(context);
    lastContext = { raw: context, squashed, lower: squashed.toLowerCase() };
  }
  return lastContext.squashed;
};
const lowered = (text: string): string => (text === lastContext.squashed ? lastContext.lower : text.toLowerCase());

/**
 * Chooses how a text directive should find a sentence: short sentences whole, long ones by the fewest
 * words at each end that occur only once in the surrounding `context` (textStart) and in the sentence
 * (textEnd). When the sentence recurs in the context (a margin quoting it), the fewest words just
 * before it (`prefix-`), else just after it (`-suffix`), that make it unique.
 */
export function textDirectiveFor(
  sentence: string,
  context = sentence,
  around: SentenceSurroundings = { before: "", after: "" },
): TextDirective {
  const exact = squash(sentence);
  const words = exact.split(" ");
  const haystack = context.length > MAX_CONTEXT_CHARS ? exact : squashedContext(context);
  const unique = (phrase: string): boolean => occurrences(haystack, phrase) <= 1;
  if (words.length > WHOLE_SENTENCE_WORDS) {
    const ends = startAndEnd(words, unique);
    if (ends) return ends;
  }
  if (unique(exact)) return { exact };
  const before = squash(around.before).split(" ").filter(Boolean);
  for (let count = 1; count <= Math.min(MAX_CONTEXT_WORDS, before.length); count++) {
    const prefix = before.slice(-count).join(" ");
    if (unique(`${prefix} ${exact}`)) return { prefix, exact };
  }
  const after = squash(around.after).split(" ").filter(Boolean);
  for (let count = 1; count <= Math.min(MAX_CONTEXT_WORDS, after.length); count++) {
    const suffix = after.slice(0, count).join(" ");
    if (unique(`${exact} ${suffix}`)) return { exact, suffix };
  }
  return { exact };
}

/** A long sentence's fewest unique start words and fewest end words unique within it, if the start can be unique. */
function startAndEnd(words: readonly string[], unique: (phrase: string) => boolean): TextDirective | undefined {
  const exact = words.join(" ");
  const half = Math.floor(words.length / 2);
  const startIsUnique = (count: number): boolean => unique(words.slice(0, count).join(" "));
  let startWords = MIN_END_WORDS;
  while (startWords < half && !startIsUnique(startWords)) startWords++;
  // A start that occurs elsewhere too would anchor the range on the wrong words.
  if (!startIsUnique(startWords)) return undefined;
  let endWords = MIN_END_WORDS;
  while (endWords < words.length - startWords && occurrences(exact, words.slice(-endWords).join(" ")) > 1) endWords++;
  if (startWords + endWords >= words.length) return { exact };
  return { start: words.slice(0, startWords).join(" "), end: words.slice(-endWords).join(" ") };
}

/**
 * The fragment directive (`:~:text=…`) that highlights a sentence, to append after `#` or after an element fragment.
 * @example textFragment("Peace is possible.") // ":~:text=Peace%20is%20possible."
 */
export function textFragment(sentence: string, context = sentence, around?: SentenceSurroundings): string {
  const directive = textDirectiveFor(sentence, context, around);
  const terms = [
    ...(directive.prefix ? [`${encodeTextDirectiveTerm(directive.prefix)}-`] : []),
    ...("exact" in directive
      ? [encodeTextDirectiveTerm(directive.exact)]
      : [encodeTextDirectiveTerm(directive.start), encodeTextDirectiveTerm(directive.end)]),
    ...(directive.suffix ? [`-${encodeTextDirectiveTerm(directive.suffix)}`] : []),
  ];
  return `:~:text=${terms.join(",")}`;
}

/**
 * A link to one sentence of a page: `url#<id>:~:text=…`, so browsers without text fragments still land on the element.
 * @example sentenceLink("https://example.org/essay/", "p3", "Peace is possible.")
 */
export function sentenceLink(
  url: string,
  elementId: string,
  sentence: string,
  context = sentence,
  around?: SentenceSurroundings,
): string {
  const page = url.replace(/#.*$/, "");
  return `${page}#${elementId}${textFragment(sentence, context, around)}`;
}
