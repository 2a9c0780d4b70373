import { describe, expect, test } from "vitest";
import { parseEssay } from "../src/parse-essay.ts";

describe("a byline at the top", () => {
  test.each([
    ["By Jane Doe", "Jane Doe"],
    ["By: Jane Doe", "Jane Doe"],
    ["*By Jane Doe*", "Jane Doe"],
    ["Par Camille Roux", "Camille Roux"],
  ])("%s becomes the author and leaves the body", (line, author) => {
    const essay = parseEssay(`# A Title\n\n${line}\n\nThe first paragraph.\n\n## Part\n\nMore.`, {
      slug: "x",
      format: "markdown",
    });
    expect(essay.author).toBe(author);
    expect(essay.authors).toEqual([author]);
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["The first paragraph.", "More."]);
    expect(essay.sections[0]?.before).toBe(2);
  });

  test("stays in the body when the front matter names the author", () => {
    const essay = parseEssay("---\ntitle: T\nauthor: A. Writer\n---\n\nBy the river we walked.\n", {
      slug: "x",
      format: "markdown",
    });
    expect(essay.author).toBe("A. Writer");
    expect(essay.paragraphs[0]?.text).toBe("By the river we walked.");
  });

  test("is not a sentence that starts with 'By'", () => {
    const essay = parseEssay("Title\n\nBy the end of the year the harbour had closed.\n\nMore.", { slug: "x" });
    expect(essay.author).toBeUndefined();
    expect(essay.paragraphs).toHaveLength(2);
  });
});
