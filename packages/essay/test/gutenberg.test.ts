import { describe, expect, test } from "vitest";
import { splitGutenberg } from "../src/gutenberg.ts";

const LICENCE = "This invented licence text says the reader may share the book.";

describe("splitGutenberg", () => {
  test.each([
    [
      "current markers",
      `The Project Gutenberg eBook of A Book\n\nTitle: A Book\nAuthor: A. Writer\nLanguage: French\n\n*** START OF THE PROJECT GUTENBERG EBOOK A BOOK ***\n\nThe text.\n\n*** END OF THE PROJECT GUTENBERG EBOOK A BOOK ***\n\n${LICENCE}`,
      { title: "A Book", author: "A. Writer", lang: "fr" },
    ],
    [
      "older markers",
      `The Project Gutenberg Etext of An Old Book, by B. Writer\n\n**The Small Print!**\n${LICENCE}\n*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\nThe text.\n\nEnd of the Project Gutenberg Etext of An Old Book\n${LICENCE}`,
      { title: "An Old Book", author: "B. Writer" },
    ],
  ])("sets aside the header and licence with %s", (_name, text, data) => {
    const split = splitGutenberg(text, "book.txt");
    expect(split?.body.trim()).toBe("The text.");
    expect(split?.data).toMatchObject(data);
    expect(split?.diagnostics).toHaveLength(1);
    expect(split?.diagnostics[0]).toMatchObject({ code: "gutenberg-set-aside", where: { file: "book.txt" } });
    expect(split?.diagnostics[0]?.message).toMatch(
      /header \(lines 1–\d+, \d+ words\).*licence \(lines \d+–\d+, \d+ words\)/,
    );
  });

  test("keeps the body's line numbers", () => {
    const split = splitGutenberg("Project Gutenberg\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\nBody.\n");
    expect(split?.bodyLine).toBe(3);
  });

  test("leaves a text that only mentions Project Gutenberg alone", () => {
    expect(splitGutenberg("An essay about Project Gutenberg and its volunteers.")).toBeUndefined();
  });
});
