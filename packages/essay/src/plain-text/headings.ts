/** What kind of heading a plain-text line is, if any. */
export type HeadingKind = "division" | "chapter" | "caps";

const DIVISION = /^(?:book|part|volume|livre|partie|tome|buch|teil|libro|parte)\b/i;
const NUMBERED =
  /^(?:book|part|volume|chapter|section|act|scene|canto|letter|essay|number|no\.|livre|partie|tome|chapitre|buch|teil|kapitel|libro|parte|cap[ií]tulo)\.?\s+(?:[ivxlcdm]+|\d{1,4}|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|une|deux|trois|premi[eè]re?|eins|zwei|drei)\b[^\n]{0,80}$/i;
const ROMAN_TITLED = /^(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.\s+\S[^\n]{0,60}$/;
const ROMAN = /^(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.?$/;
const ARABIC = /^\d{1,3}\.?$/;
const MAX = 80;

/**
 * The heading kind of one line of plain text: `CHAPTER II.`, `Book One`, `PART III`, a Roman
 * numeral alone (`IV.`), or a short all-capitals line (`THE ARGUMENT`) that ends without a stop.
 */
export function headingKind(text: string): HeadingKind | undefined {
  if (text.length === 0 || text.length > MAX) return undefined;
  if (NUMBERED.test(text)) return DIVISION.test(text) ? "division" : "chapter";
  if (ROMAN.test(text) || ARABIC.test(text)) return "chapter";
  if (ROMAN_TITLED.test(text) && !/[.!?,;:]["'”’)]*$/u.test(text)) return "chapter";
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (capitals >= 3 && capitals === letters && !/[.,;:!?]["'”’)]*$/u.test(text) && text.split(" ").length <= 10) {
    return "caps";
  }
  return undefined;
}

const CONTENTS = /^(?:(?:table of )?contents|table des mati[eè]res|sommaire|inhalt(?:sverzeichnis)?|[ií]ndice)\.?$/i;

/** True for a line that opens a contents list ("CONTENTS", "Table of Contents", "Table des matières"…). */
export function isContentsHeading(text: string): boolean {
  return CONTENTS.test(text.trim());
}

/** True for a line that heads the endnotes ("NOTES", "Footnotes", "Endnotes"). */
export function isNotesHeading(text: string): boolean {
  return /^(?:foot|end)?notes\.?$/i.test(text.trim());
}
