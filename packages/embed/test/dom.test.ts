import { describe, expect, test } from "vitest";
import { el, link, safeUrl } from "../src/dom.ts";

const base = "https://scholia.example/essay/p3.json";

describe("safeUrl", () => {
  test.each([
    ["https://scholia.example/essay/p3/", "https://scholia.example/essay/p3/"],
    ["http://scholia.example/", "http://scholia.example/"],
    ["p3/", "https://scholia.example/essay/p3/"],
    ["mailto:keeper@example.org", "mailto:keeper@example.org"],
    ["javascript:alert(1)", undefined],
    ["JavaScript:alert(1)", undefined],
    [" javascript:alert(1)", undefined],
    ["data:text/html,<script>alert(1)</script>", undefined],
    ["vbscript:msgbox", undefined],
    ["http://[::1", undefined],
  ])("turns %j into %j", (url, expected) => {
    expect(safeUrl(url, base)).toBe(expected);
  });
});

describe("link", () => {
  test("links text to an http(s) URL", () => {
    const a = link("Essay", "https://scholia.example/", base, "title");
    expect(a.localName).toBe("a");
    expect(a.getAttribute("href")).toBe("https://scholia.example/");
    expect(a.getAttribute("part")).toBe("title");
  });

  test("keeps the text but drops the link for a javascript: URL", () => {
    const span = link("Essay", "javascript:alert(1)", base, "title");
    expect(span.localName).toBe("span");
    expect(span.hasAttribute("href")).toBe(false);
    expect(span.textContent).toBe("Essay");
  });
});

describe("el", () => {
  test("adds strings as text, never as markup", () => {
    const p = el("p", {}, "<img src=x onerror=alert(1)>");
    expect(p.children).toHaveLength(0);
    expect(p.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
