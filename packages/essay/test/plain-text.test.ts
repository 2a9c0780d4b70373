import { describe, expect, test } from "vitest";
import { readPlainText } from "../src/plain-text/read-plain-text.ts";

describe("readPlainText", () => {
  test("takes one paragraph per line when there are no blank lines", () => {
    const read = readPlainText("The Title\nA dek without a stop\nFirst paragraph.\nSecond paragraph.", 1, false);
    expect(read.title).toBe("The Title");
    expect(read.subtitle).toBe("A dek without a stop");
    expect(read.blocks.map((block) => [block.text, block.line])).toEqual([
      ["First paragraph.", 3],
      ["Second paragraph.", 4],
    ]);
  });

  test("joins hard-wrapped lines between blank lines", () => {
    const text = "The Title\n\nFirst paragraph runs\nover two lines.\n\nSecond\nparagraph.\n";
    const read = readPlainText(text, 1, false);
    expect(read.title).toBe("The Title");
    expect(read.subtitle).toBeUndefined();
    expect(read.blocks.map((block) => [block.text, block.line])).toEqual([
      ["First paragraph runs over two lines.", 3],
      ["Second paragraph.", 6],
    ]);
  });

  test("does not take a punctuated second line as the subtitle", () => {
    const read = readPlainText("Title\nThis is the first paragraph.\nAnd the second.", 1, false);
    expect(read.subtitle).toBeUndefined();
    expect(read.blocks).toHaveLength(2);
  });

  test("leaves every block in the body when front matter gives the title", () => {
    const read = readPlainText("First.\nSecond.", 5, true);
    expect(read.title).toBeUndefined();
    expect(read.blocks.map((block) => block.line)).toEqual([5, 6]);
  });
});
