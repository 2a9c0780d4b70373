/** A date named in a paragraph, as offsets into its text. */
export interface DateSpan {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
// "4 July 1776", "July 4, 1776", "September 2022", "the 1990s", "2014" (years from 1000 to 2099).
const DATE = new RegExp(
  String.raw`\b(?:\d{1,2} ${MONTH},? (?:1\d|20)\d\d|${MONTH} \d{1,2},? (?:1\d|20)\d\d|${MONTH},? (?:1\d|20)\d\d|(?:1\d|20)\d0s|(?:1\d|20)\d\d)\b(?![,.]?\d|%| ?percent)`,
  "gu",
);

const FOUR_DIGITS = /\d{4}/;

/** Finds the dates a paragraph names: full dates, months with years, decades and years. */
export function findDates(text: string): DateSpan[] {
  const found: DateSpan[] = [];
  // Every date above has a year of four digits: most paragraphs have none, and skip the long pattern.
  if (!FOUR_DIGITS.test(text)) return found;
  DATE.lastIndex = 0;
  for (let match = DATE.exec(text); match !== null; match = DATE.exec(text)) {
    // A year glued to a currency sign or a thousands separator is an amount ("$2014", "12,2014").
    const before = text[match.index - 1] ?? "";
    if (/[$€£,.\d]/.test(before)) continue;
    found.push({ name: match[0].replace(/,/g, ""), start: match.index, end: match.index + match[0].length });
  }
  return found;
}
