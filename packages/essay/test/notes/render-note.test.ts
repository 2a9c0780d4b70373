import { describe, expect, test } from "vitest";
import { isEssayError } from "../../src/errors.ts";
import { parseNotesFile } from "../../src/notes/notes-file.ts";
import { renderNoteBody } from "../../src/notes/render-note.ts";

function render(body: string): { html: string; text: string } {
  const [note] = parseNotesFile(`<Note exact="x">\n${body}\n</Note>`, "n.notes.mdx").notes;
  if (!note) throw new Error("no note parsed");
  return renderNoteBody(note.body, "n.notes.mdx");
}

function errorCode(body: string): string | undefined {
  try {
    render(body);
  } catch (error) {
    return isEssayError(error) ? error.code : "not an EssayError";
  }
  return undefined;
}

describe("renderNoteBody", () => {
  test("renders emphasis and links as phrasing HTML that can sit inside the essay's paragraph", () => {
    const { html, text } = render("Reported by *The New York Times* on [August 18, 2023](https://www.nytimes.com/).");
    expect(html).toBe(
      '<span class="note-p">Reported by <em>The New York Times</em> on <a href="https://www.nytimes.com/" rel="noopener noreferrer">August 18, 2023</a>.</span>',
    );
    expect(text).toBe("Reported by The New York Times on August 18, 2023.");
  });

  test("keeps two paragraphs apart as two spans", () => {
    expect(render("One.\n\nTwo.").html).toBe('<span class="note-p">One.</span><span class="note-p">Two.</span>');
  });

  test("escapes angle brackets and ampersands in the text", () => {
    expect(render("AT&amp;T said 1 &lt; 2").html).toContain("AT&#x26;T said 1 &#x3C; 2");
  });

  test.each([
    ["<b>bold</b>", "markup-in-note"],
    ["a {1 + 1} b", "markup-in-note"],
    ["[click](javascript:alert(1))", "unsafe-note-link"],
    ["- a list", "block-in-note"],
    ["# a heading", "block-in-note"],
  ])("refuses %j", (body, code) => {
    expect(errorCode(body)).toBe(code);
  });
});
