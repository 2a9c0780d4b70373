import type { Paragraph, Section } from "@scholia/essay";
import { describe, expect, test } from "vitest";
import { type BodyBlock, bodyBlocks, headingLevel, soloBlocks } from "../src/lib/body-blocks.ts";
import { para } from "./blocks-fixtures.ts";

// A compact picture: sections as #level, quotes as >(…), lists as ol3(…)/ul(…), paragraphs by number.
const show = (blocks: readonly BodyBlock[]): string =>
  blocks
    .map((block) => {
      if (block.kind === "section") return `#${block.level}`;
      if (block.kind === "quote") return `>(${show(block.blocks)})`;
      if (block.kind === "list") return `${block.ordered ? `ol${block.start ?? ""}` : "ul"}(${show(block.items)})`;
      return `${block.paragraph.index}${block.children.length > 0 ? `[${show(block.children)}]` : ""}`;
    })
    .join(" ");
const item = (n: number, list: string, depth = 1, number?: number): Paragraph =>
  para(n, `Item ${n}.`, {
    type: "list-item",
    list: { ordered: number !== undefined, ...(number !== undefined && { number }), depth, list },
  });
const section = (before: number, depth: number, title = "Heading"): Section => ({ title, depth, line: before, before });

describe("bodyBlocks", () => {
  test("groups consecutive items of one list, with their numbers, and nests deeper lists in the item before", () => {
    const paragraphs = [
      para(1, "Intro."),
      item(2, "l1", 1, 3),
      item(3, "l1", 1, 4),
      item(4, "l2", 2),
      item(5, "l1", 1, 5),
      para(6, "End."),
    ];
    expect(show(bodyBlocks(paragraphs, []))).toBe("1 ol3(2 3[ul(4)] 5) 6");
  });

  test("starts a new list when the list id changes", () => {
    expect(show(bodyBlocks([item(1, "l1"), item(2, "l2")], []))).toBe("ul(1) ul(2)");
  });

  test("nests block quotes by depth and keeps lists inside them", () => {
    const paragraphs = [
      para(1, "Plain."),
      para(2, "Quoted.", { type: "quote", quoteDepth: 1 }),
      para(3, "Deeper.", { type: "quote", quoteDepth: 2 }),
      { ...item(4, "l1"), quoteDepth: 1 },
      para(5, "Plain again."),
    ];
    expect(show(bodyBlocks(paragraphs, []))).toBe("1 >(2 >(3) ul(4)) 5");
  });

  test("places sections before their paragraphs, breaks as level 0, and closes lists and quotes at a heading", () => {
    const paragraphs = [item(1, "l1"), item(2, "l1"), para(3, "After.")];
    const sections = [section(2, 2), { title: "", depth: 0, line: 3, before: 3 }, section(9, 3)];
    expect(show(bodyBlocks(paragraphs, sections))).toBe("ul(1) #2 ul(2) #0 3 #3");
  });

  test("keeps every paragraph exactly once, in order", () => {
    const paragraphs = [item(1, "l1"), para(2, "Q.", { type: "quote" }), item(3, "l3", 2), para(4, "P.")];
    const seen: number[] = [];
    const walk = (blocks: readonly BodyBlock[]): void => {
      for (const block of blocks) {
        if (block.kind === "paragraph") {
          seen.push(block.paragraph.index);
          walk(block.children);
        } else if (block.kind === "list") walk(block.items);
        else if (block.kind === "quote") walk(block.blocks);
      }
    };
    walk(bodyBlocks(paragraphs, [section(3, 2)]));
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  test("wraps a lone list item or quote in its containers", () => {
    expect(show(soloBlocks(item(7, "l1", 2, 9)))).toBe("ol9(7)");
    expect(show(soloBlocks(para(3, "Q.", { type: "quote", quoteDepth: 2 })))).toBe(">(>(3))");
  });
});

describe("headingLevel", () => {
  test("makes the shallowest heading h2 and deeper ones follow, at most h6", () => {
    const sections = [section(1, 1), section(2, 2), section(3, 9)];
    expect(sections.map((each) => headingLevel(each, sections))).toEqual([2, 3, 6]);
    const only = [section(1, 3)];
    expect(headingLevel(only[0] as Section, only)).toBe(2);
  });
});
