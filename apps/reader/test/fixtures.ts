import { readFileSync } from "node:fs";
import { attachNotes, type Essay, type Paragraph, parseEssay } from "@scholia/essay";

/** The bundled essay, parsed as the site parses it (without its notes file, which the editor may change). */
export const bundled: Essay = parseEssay(
  readFileSync(new URL("../essays/talking-about-talking.txt", import.meta.url), "utf8"),
  { slug: "talking-about-talking", format: "text" },
);

/**
 * A small plain-text essay with author, date, hostile markup in its title and text and one note.
 * Plain text is never read as HTML, so the markup reaches the model as text the site must escape
 * (a Markdown essay's raw HTML goes through the parser's allow-list instead).
 */
export const annotated: Essay = attachNotes(
  parseEssay(
    [
      "---",
      "author: Jane Q. Doe",
      "date: 2024-09-05",
      "---",
      "Talks </script> & <b>Peace</b>",
      "",
      "Leaders meet in Geneva. They say <img src=x onerror=alert(1)> is harmless.",
      "",
      "Peace talks need a cease-fire first. Nobody has proposed one.",
      "",
      "The end.",
      "",
    ].join("\n"),
    { slug: "talks", format: "text" },
  ),
  '<Note exact="a cease-fire first" kind="definition">A pause in *fighting* agreed by both sides.</Note>\n',
  "talks.notes.mdx",
);

/** A paragraph of an essay by number, failing the test when it is missing. */
export function paragraph(essay: Essay, index: number): Paragraph {
  const found = essay.paragraphs.find((candidate) => candidate.index === index);
  if (!found) throw new Error(`${essay.slug} has no paragraph ${index}`);
  return found;
}
