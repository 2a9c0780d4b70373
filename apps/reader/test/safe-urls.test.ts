import { describe, expect, test } from "vitest";
import { safeImageSrc, safeLink } from "../src/lib/safe-urls.ts";

const site = "https://scholia.example/essays/";

describe("safeLink", () => {
  test.each([
    ["https://other.example/page", { href: "https://other.example/page", external: true }],
    ["http://other.example/", { href: "http://other.example/", external: true }],
    ["https://scholia.example/else/", { href: "https://scholia.example/else/", external: false }],
    ["../notes/", { href: "../notes/", external: false }],
    ["#fn1", { href: "#fn1", external: false }],
    ["mailto:someone@example.org", { href: "mailto:someone@example.org", external: false }],
  ])("keeps %s", (href, expected) => {
    expect(safeLink(href, site)).toEqual(expected);
  });

  test.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<b>x</b>",
    "vbscript:x",
    "file:///etc/passwd",
    "http://[bad",
  ])("refuses %j", (href) => {
    expect(safeLink(href, site)).toBeUndefined();
  });
});

describe("safeImageSrc", () => {
  test("keeps http(s) and relative sources and refuses every other scheme", () => {
    expect(safeImageSrc("https://img.example/a.png", site)).toBe("https://img.example/a.png");
    expect(safeImageSrc("images/a.png", site)).toBe("images/a.png");
    expect(safeImageSrc("javascript:alert(1)", site)).toBeUndefined();
    expect(safeImageSrc("data:image/svg+xml,<svg/>", site)).toBeUndefined();
  });
});
