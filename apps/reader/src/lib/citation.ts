import { apaDate, longDate, mlaDate, type PartialDate, parseDate } from "./citation-date.ts";

/** What a citation of one passage is made from. */
export interface CitationSource {
  /** The essay's title. */
  readonly title: string;
  /** The author's name as written, such as "Jane Q. Doe", when known. */
  readonly author?: string | undefined;
  /** The publication date as ISO 8601 (or its leading part), when known. */
  readonly date?: string | undefined;
  /** The site that publishes the edition, such as "Scholia". */
  readonly siteName: string;
  /** The passage's canonical URL. */
  readonly url: string;
  /** The paragraph number. */
  readonly paragraph: number;
  /** A stable key for reference managers, such as "talking-about-talking-p3". */
  readonly key: string;
}

/** A run of citation text, in italics when `italic` is set (titles of whole works). */
export interface CitationRun {
  readonly text: string;
  readonly italic?: boolean;
}

/** One citation style's rendering of a passage: the reference itself and its in-text form. */
export interface Citation {
  readonly style: "chicago" | "mla" | "apa";
  /** The style's name as readers know it. */
  readonly label: string;
  readonly reference: readonly CitationRun[];
  readonly inText: readonly CitationRun[];
}

const r = (text: string): CitationRun => ({ text });
const i = (text: string): CitationRun => ({ text, italic: true });

// A single personal name ("Jane Q. Doe") can be inverted; anything else (several authors, an
// organisation, a name already written "Doe, Jane") is cited as written rather than guessed at.
const personName = (author: string): { given: string[]; family: string } | undefined => {
  if (/,|&|\band\b/.test(author)) return undefined;
  const words = author.trim().split(/\s+/);
  const family = words.pop();
  if (family === undefined || words.length === 0) return undefined;
  return { given: words, family };
};

/** "Jane Q. Doe" → "Doe, Jane Q." for reference lists; other names unchanged. */
export function invertedName(author: string): string {
  const name = personName(author);
  return name ? `${name.family}, ${name.given.join(" ")}` : author.trim();
}

/** "Jane Q. Doe" → "Doe, J. Q." as APA lists authors; other names unchanged. */
export function apaName(author: string): string {
  const name = personName(author);
  if (!name) return author.trim();
  const initials = name.given.map(
    (word) =>
      `${word
        .split("-")
        .map((part) => `${part.charAt(0)}.`)
        .join("-")}`,
  );
  return `${name.family}, ${initials.join(" ")}`;
}

/** The family name alone for in-text citations ("Doe"), or the name as written when it is not one person's. */
const familyName = (author: string): string => personName(author)?.family ?? author.trim();

const endWith = (text: string, mark: string): string => (/[.?!]$/.test(text) ? text : `${text}${mark}`);

function chicago(source: CitationSource, date: PartialDate | undefined): Citation {
  const when = date ? longDate(date) : source.date;
  const lead = source.author ? `${source.author.trim()}, ` : "";
  return {
    style: "chicago",
    label: "Chicago (note)",
    reference: [
      r(
        `${lead}“${endWith(source.title, ",")}” ${source.siteName}, ${when ? `${when}, ` : ""}para. ${source.paragraph}, ${source.url}.`,
      ),
    ],
    inText: [
      r(
        `${source.author ? `${familyName(source.author)},` : `“${endWith(source.title, ",")}”`} para. ${source.paragraph}.`,
      ),
    ],
  };
}

function mla(source: CitationSource, date: PartialDate | undefined): Citation {
  const when = date ? mlaDate(date) : source.date;
  const lead = source.author ? `${endWith(invertedName(source.author), ".")} ` : "";
  return {
    style: "mla",
    label: "MLA (9th ed.)",
    reference: [
      r(`${lead}“${endWith(source.title, ".")}” `),
      i(source.siteName),
      r(`, ${when ? `${when}, ` : ""}${source.url}.`),
    ],
    inText: [
      r(
        `(${source.author ? `${familyName(source.author)},` : `“${endWith(source.title, ",")}”`} par. ${source.paragraph})`,
      ),
    ],
  };
}

function apa(source: CitationSource, date: PartialDate | undefined): Citation {
  const when = `(${date ? apaDate(date) : (source.date ?? "n.d.")}).`;
  const year = date ? String(date.year) : (source.date ?? "n.d.");
  const title = i(endWith(source.title, "."));
  const tail = r(` ${source.siteName}. ${source.url}`);
  const reference = source.author
    ? [r(`${endWith(apaName(source.author), ".")} ${when} `), title, tail]
    : [title, r(` ${when}`), tail];
  const who = source.author ? [r(`(${familyName(source.author)}, `)] : [r("("), i(source.title), r(", ")];
  return {
    style: "apa",
    label: "APA (7th ed.)",
    reference,
    inText: [...who, r(`${year}, para. ${source.paragraph})`)],
  };
}

/**
 * The passage cited in Chicago (note form), MLA and APA, each with its in-text form.
 * @example citations({ title: "On Talks", siteName: "Scholia", url: "https://example.org/on-talks/p3/", paragraph: 3, key: "on-talks-p3" })
 */
export function citations(source: CitationSource): Citation[] {
  const date = parseDate(source.date);
  return [chicago(source, date), mla(source, date), apa(source, date)];
}

/** A citation's runs as plain text, italics dropped. */
export function plainText(runs: readonly CitationRun[]): string {
  return runs.map((run) => run.text).join("");
}

// BibTeX and LaTeX treat these characters as markup; escaping them keeps titles like "R&D at 100%" intact.
const LATEX: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Escapes text for a BibTeX field value. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => LATEX[char] ?? char);
}

/** The passage as a BibTeX `@misc` entry (readable by BibTeX and biblatex), with a `urldate`-free, stable body. */
export function bibtex(source: CitationSource): string {
  const date = parseDate(source.date);
  const fields: [string, string][] = [];
  if (source.author) fields.push(["author", `{${escapeBibtex(source.author.trim())}}`]);
  // Double braces keep the title's capitals as written.
  fields.push(["title", `{{${escapeBibtex(source.title)}}}`]);
  fields.push(["howpublished", `{${escapeBibtex(source.siteName)}}`]);
  if (date) fields.push(["year", `{${date.year}}`]);
  if (date?.month) fields.push(["month", `{${date.month}}`]);
  if (!date && source.date) fields.push(["date", `{${escapeBibtex(source.date)}}`]);
  fields.push(["note", `{Paragraph ${source.paragraph}}`]);
  fields.push(["url", `{${source.url.replace(/[{}\s]/g, encodeURIComponent)}}`]);
  const key = source.key.replace(/[^\w:-]/g, "-");
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n")}\n}`;
}
