import { describe, expect, test } from "vitest";
import { formatHeaders, headerRules } from "../src/lib/security-headers.ts";

describe("headerRules and formatHeaders", () => {
  const text = formatHeaders(headerRules("/essays/"));

  test("deny framing for every page under the base path", () => {
    expect(text).toContain("/essays/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'");
  });

  test("let anyone frame the iframe pages, detaching the site-wide rule first", () => {
    expect(text).toContain(
      "/essays/embed/*\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *",
    );
  });

  test("let other origins fetch the JSON records and the embed scripts", () => {
    for (const pattern of ["/essays/*.json", "/essays/*.jsonld", "/essays/embed.js", "/essays/embed-host.js"]) {
      expect(text).toContain(`${pattern}\n  Access-Control-Allow-Origin: *`);
    }
  });
});
