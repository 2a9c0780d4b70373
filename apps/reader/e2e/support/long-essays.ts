/**
 * Book-length essays made up for the layout tests (no real essay's text): a plain text of about
 * 55,000 words with a dense notes file, and a long Markdown essay with sections, quotes, lists,
 * footnotes, links and code. The same every run.
 */
const WORDS = (
  "the a of council harbour ledger river treaty merchant season field road winter market bridge " +
  "argument record promise measure evidence quarrel answer reason debt grain toll wall court letter " +
  "often rarely plainly slowly never again still perhaps certainly openly quietly"
).split(" ");
const NAMES = ["Aldmoor", "Velska", "Corran Hale", "the Tarn League", "Ostrava Vey", "Brisk Water"];
const VERBS = ["argues", "reports", "says", "should weigh", "will refuse", "granted", "counted", "denied"];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, serial: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const words = Array.from({ length: 9 + Math.floor(next() * 12) }, () => pick(WORDS));
  const text = `${pick(NAMES)} ${pick(VERBS)} that ledger number ${serial} of the archive ${words.join(" ")}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Paragraphs of 3–8 sentences; every sentence holds a phrase no other sentence has ("ledger number N of"). */
function paragraphs(seed: number, words: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  let serial = 0;
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 6) }, () => sentence(next, ++serial));
    const text = sentences.join(" ");
    count += text.split(" ").length;
    out.push(text);
  }
  return out;
}

/** A notes file with up to three notes in most paragraphs, some of them long, and editor links. */
function notesFor(body: readonly string[]): string {
  const notes: string[] = [];
  body.forEach((text, i) => {
    const serials = [...text.matchAll(/ledger number (\d+) of/g)].map((match) => match[1]);
    const many = i % 5 === 0 ? 3 : i % 2 === 0 ? 1 : 0;
    for (const serial of serials.slice(0, many)) {
      const long = Number(serial) % 4 === 0;
      const gloss = long
        ? "A long note that goes on for a while, to see how the margin copes with a tall item. ".repeat(5)
        : "A short gloss with a [link](https://example.org/).";
      notes.push(`<Note exact="ledger number ${serial} of the archive">\n${gloss.trim()}\n</Note>`);
    }
    if (i > 3 && i % 9 === 0)
      notes.push(`<Link from="p${i + 1}" to="p${i - 2}" type="supports" note="It builds on it." />`);
  });
  return `${notes.join("\n\n")}\n`;
}

/** The book-length plain text (about `words` words) and its notes file. */
export function longPlainEssay(words = 55_000): { text: string; notes: string } {
  const body = paragraphs(7, words);
  return {
    text: `A Very Long Account of Ledgers\nWhat the archive says\n\n${body.join("\n\n")}\n`,
    notes: notesFor(body),
  };
}

/** A long Markdown essay: front matter, sections, quotes, lists, footnotes, links and code. */
export function longMarkdownEssay(words = 15_000): string {
  const body = paragraphs(11, words);
  const lines = ["---", "title: The Ledger Papers", "author: A. N. Editor", "---", ""];
  body.forEach((text, i) => {
    if (i % 12 === 0) lines.push(`## Part ${i / 12 + 1}`, "");
    if (i % 10 === 3) lines.push(`> ${text}`, "");
    else if (i % 10 === 6) lines.push(...text.split(". ").map((item) => `- ${item.replace(/\.$/, "")}.`), "");
    else if (i % 10 === 8) lines.push("```js", `const ledger = ${i}; // ${"x".repeat(120)}`, "```", "", text, "");
    else if (i % 7 === 0)
      lines.push(
        `${text} See [the record](https://example.org/${i}).[^n${i}]`,
        "",
        `[^n${i}]: A footnote on paragraph ${i}.`,
        "",
      );
    else lines.push(text, "");
  });
  return `${lines.join("\n")}\n`;
}
