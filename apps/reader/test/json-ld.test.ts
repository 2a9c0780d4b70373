import { describe, expect, test } from "vitest";
import { passageJsonLd, scriptJson } from "../src/lib/json-ld.ts";
import { passageRecord } from "../src/lib/passage-record.ts";
import { annotated, paragraph } from "./fixtures.ts";

describe("scriptJson", () => {
  test("cannot close its <script> element and parses back to the same value", () => {
    const value = { text: "</script><script>alert(1)</script> & \u2028 <!--" };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("passageJsonLd", () => {
  test("describes the essay as an Article whose part is the passage, a Quotation of Claims", () => {
    const data = passageJsonLd(passageRecord(annotated, paragraph(annotated, 2)));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Article",
      headline: "Talks </script> & <b>Peace</b>",
      author: { "@type": "Person", name: "Jane Q. Doe" },
      datePublished: "2024-09-05",
      hasPart: {
        "@type": "Quotation",
        "@id": "http://localhost:4321/talks/p2/",
        position: 2,
        text: paragraph(annotated, 2).text,
      },
    });
    const claims = (data.hasPart as { hasPart: { "@type": string; text: string }[] }).hasPart;
    expect(claims.map((claim) => claim["@type"])).toEqual(["Claim", "Claim"]);
    expect(claims.map((claim) => claim.text)).toEqual(paragraph(annotated, 2).claims.map((claim) => claim.text));
  });
});
