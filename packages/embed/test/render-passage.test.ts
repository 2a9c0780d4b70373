import { describe, expect, test } from "vitest";
import type { PassageClaim } from "../src/passage-record.ts";
import { claimNodes, renderPassage } from "../src/render-passage.ts";
import { passageRecord } from "./fixtures/records.ts";

const base = "https://scholia.example/talking-about-talking/p3.json";
const claim = (start: number, end: number, kind: PassageClaim["kind"] = "evidence"): PassageClaim => ({
  id: "p1.s1",
  kind,
  thesis: false,
  text: "",
  start,
  end,
  cues: [],
});
const describeNodes = (nodes: Node[]): string[] =>
  nodes.map((node) =>
    node.nodeType === 1
      ? `[${(node as Element).getAttribute("data-kind")}:${node.textContent}]`
      : `${node.textContent}`,
  );

describe("claimNodes", () => {
  test.each<[string, PassageClaim[], string[]]>([
    [
      "wraps each claim in a span",
      [claim(0, 3), claim(4, 7, "prediction")],
      ["[evidence:One]", " ", "[prediction:Two]", " Three"],
    ],
    ["keeps text before, between and after claims", [claim(4, 7)], ["One ", "[evidence:Two]", " Three"]],
    ["sorts claims by offset", [claim(4, 7), claim(0, 3)], ["[evidence:One]", " ", "[evidence:Two]", " Three"]],
    ["shows plain text when a claim ends past the text", [claim(0, 99)], ["One Two Three"]],
    ["shows plain text when a claim starts before the text", [claim(-1, 3)], ["One Two Three"]],
    ["shows plain text when claims overlap", [claim(0, 5), claim(4, 7)], ["One Two Three"]],
    ["shows plain text when a claim is empty or reversed", [claim(5, 5)], ["One Two Three"]],
    ["shows plain text when an offset is not a whole number", [claim(0, 2.5)], ["One Two Three"]],
    ["shows plain text when there are no claims", [], ["One Two Three"]],
  ])("%s", (_, claims, expected) => {
    expect(describeNodes(claimNodes("One Two Three", claims))).toEqual(expected);
  });
});

describe("renderPassage", () => {
  test("quotes the whole passage text with every claim marked", () => {
    const record = passageRecord();
    const figure = renderPassage(record, base);
    expect(figure.querySelector("blockquote")?.textContent).toBe(record.passage.text);
    const claims = [...figure.querySelectorAll("[part~=claim]")];
    expect(claims.map((span) => span.textContent)).toEqual(record.claims.map((c) => c.text));
    expect(claims.map((span) => span.getAttribute("data-kind"))).toEqual(record.claims.map((c) => c.kind));
  });

  test("marks the thesis claim with the thesis part", () => {
    const figure = renderPassage(passageRecord(), base);
    expect(figure.querySelector("[part~=thesis]")?.textContent).toMatch(/^Even if a deal/);
  });

  test("captions the quote with the essay title linked to the passage page, the paragraph number and the site", () => {
    const figure = renderPassage(passageRecord(), base);
    const caption = figure.querySelector("figcaption");
    expect(caption?.textContent).toBe("A Cease-Fire Deal Now Would Be a Victory for Israel · ¶ 3 · Scholia");
    expect(caption?.querySelector("a[part=title]")?.getAttribute("href")).toBe(
      "https://scholia.example/talking-about-talking/p3/",
    );
    expect(figure.querySelector("blockquote")?.getAttribute("cite")).toBe(
      "https://scholia.example/talking-about-talking/p3/",
    );
  });

  test("names the author after the title when the record has one", () => {
    const record = passageRecord();
    record.essay.author = "A. Writer";
    expect(renderPassage(record, base).querySelector("figcaption")?.textContent).toMatch(/Israel, A\. Writer · ¶ 3/);
  });

  test("labels the figure with the essay and paragraph", () => {
    const figure = renderPassage(passageRecord(), base);
    expect(figure.getAttribute("aria-label")).toBe(
      "Passage from “A Cease-Fire Deal Now Would Be a Victory for Israel”, paragraph 3",
    );
  });
});
