import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./paths.ts";
import { createRandom, type Random } from "./prng.ts";
import { dek, type EssayTheme, headline, paragraph, pickTheme } from "./synthetic-prose.ts";
import { PEOPLE } from "./word-lists.ts";

/** One generated essay: its file name and contents, and its notes file when it has one. */
export interface SyntheticEssay {
  readonly fileName: string;
  readonly text: string;
  readonly paragraphs: number;
  readonly notes?: { readonly fileName: string; readonly text: string };
}

/** What {@link writeSyntheticLibrary} wrote. */
export interface SyntheticLibrary {
  readonly folder: string;
  readonly essays: number;
  readonly paragraphs: number;
  readonly bytes: number;
}

/** The seed every benchmark uses unless told otherwise, so runs compare. */
export const DEFAULT_SEED = 20240229;

function plainEssay(random: Random, theme: EssayTheme, count: number): string[] {
  const lines = [headline(random, theme), dek(random, theme)];
  for (let i = 0; i < count; i++) lines.push(paragraph(random, theme));
  return lines;
}

function markdownEssay(random: Random, theme: EssayTheme, count: number): string[] {
  const [author] = random.pick(PEOPLE);
  const lines = [
    "---",
    `title: "${headline(random, theme)}"`,
    `subtitle: "${dek(random, theme)}"`,
    `author: ${author}`,
    `date: ${random.int(2015, 2025)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
    "---",
    "",
  ];
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % 6 === 0) lines.push(`## Part ${i / 6 + 1}`, "");
    const roll = random.next();
    if (roll < 0.08) lines.push(`> ${paragraph(random, theme, 1, 3)}`, "");
    else if (roll < 0.14) {
      for (let item = random.int(2, 4); item > 0; item--) lines.push(`- ${paragraph(random, theme, 1, 1)}`);
      lines.push("");
    } else lines.push(paragraph(random, theme), "");
  }
  return lines;
}

/**
 * The `index`-th essay of a synthetic library: a headline, a dek and 12–30 paragraphs of
 * 2–7 sentences; one essay in four is Markdown with front matter, sections, quotes and lists, and one plain
 * essay in five has a notes file.
 */
export function syntheticEssay(index: number, seed = DEFAULT_SEED): SyntheticEssay {
  const random = createRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const theme = pickTheme(random);
  const count = random.int(12, 30);
  const markdown = index % 4 === 3;
  const lines = markdown ? markdownEssay(random, theme, count) : plainEssay(random, theme, count);
  const slug = `essay-${String(index + 1).padStart(4, "0")}-${theme.noun}`;
  const text = `${lines.join("\n")}\n`;
  const notes = index % 5 === 1 && !markdown ? notesFile(random, lines.slice(2)) : undefined;
  return {
    fileName: `${slug}.${markdown ? "md" : "txt"}`,
    text,
    paragraphs: count,
    ...(notes && { notes: { fileName: `${slug}.notes.mdx`, text: notes } }),
  };
}

/**
 * A notes file in the format of apps/reader/essays/*.notes.mdx: a few `<Note>`s anchored by a
 * sentence that occurs once in the essay, and one editor's `<Link>` between paragraphs.
 */
function notesFile(random: Random, paragraphs: readonly string[]): string | undefined {
  const body = paragraphs.join("\n");
  const once = (quote: string): boolean => body.indexOf(quote) === body.lastIndexOf(quote);
  const notes: string[] = [];
  const kinds = ["context", "source", "definition"] as const;
  for (let attempt = 0; attempt < 20 && notes.length < 3; attempt++) {
    const sentences = random.pick(paragraphs).split(/(?<=[.:”])\s+(?=[A-Z])/);
    const quote = random.pick(sentences).replace(/[.”]+$/, "");
    if (quote.length < 30 || !once(quote) || notes.some((note) => note.includes(quote))) continue;
    const kind = random.pick(kinds);
    notes.push(
      `<Note exact="${quote}" kind="${kind}">\nA synthetic ${kind} note with *emphasis* and a [link](https://example.org/${notes.length + 1}).\n</Note>`,
    );
  }
  if (notes.length === 0) return undefined;
  const to = random.int(1, Math.max(1, paragraphs.length - 1));
  notes.push(
    `<Link from="p${to + 1}" to="p${to}" type="supports" note="The later paragraph builds on the earlier one." />`,
  );
  return `${notes.join("\n\n")}\n`;
}

/** Plain text of about `bytes` UTF-8 bytes (one long essay), the same for the same seed. */
export function syntheticText(bytes: number, seed = DEFAULT_SEED): string {
  const random = createRandom(seed);
  const theme = pickTheme(random);
  const parts = [headline(random, theme), dek(random, theme)];
  let size = Buffer.byteLength(parts.join("\n"));
  while (size < bytes) {
    // A new theme every few paragraphs, so entities and cross-references keep varying.
    const next = paragraph(random, parts.length % 8 === 0 ? pickTheme(random) : theme);
    parts.push(next);
    size += Buffer.byteLength(next) + 1;
  }
  return `${parts.join("\n")}\n`;
}

/** Writes `count` synthetic essays into `folder` (emptied first). */
export async function writeSyntheticLibrary(
  folder: string,
  count: number,
  seed = DEFAULT_SEED,
): Promise<SyntheticLibrary> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  let paragraphs = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const essay = syntheticEssay(i, seed);
    await writeFile(join(folder, essay.fileName), essay.text);
    if (essay.notes) await writeFile(join(folder, essay.notes.fileName), essay.notes.text);
    paragraphs += essay.paragraphs;
    bytes += Buffer.byteLength(essay.text);
  }
  return { folder, essays: count, paragraphs, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [given, count = "20", seed = String(DEFAULT_SEED)] = process.argv.slice(2);
  if (!given) {
    process.stderr.write("usage: npm run bench:library -- FOLDER [COUNT] [SEED]\n");
    process.exit(2);
  }
  // npm runs this from bench/; a relative folder is taken from the repository's root, as the site's SCHOLIA_ESSAYS is.
  const folder = resolve(REPO_ROOT, given);
  const library = await writeSyntheticLibrary(folder, Number(count), Number(seed));
  process.stdout.write(
    `${library.essays} essays, ${library.paragraphs} paragraphs, ${library.bytes} bytes in ${folder}\n`,
  );
}
