import { describe, expect, test } from "vitest";
import { componentEmbedCode, escapeHtml, iframeEmbedCode, passageTitle } from "../src/lib/embed-code.ts";
import { OEMBED_CACHE_AGE, oembedResponse } from "../src/lib/oembed.ts";
import { passageRecord } from "../src/lib/passage-record.ts";
import { annotated, bundled, paragraph } from "./fixtures.ts";

const site = "http://localhost:4321/";
const hostile = passageRecord(annotated, paragraph(annotated, 1));

describe("oembedResponse", () => {
  test("is an oEmbed 1.0 rich response with every required field", () => {
    const response = oembedResponse(passageRecord(bundled, paragraph(bundled, 3)));
    expect(response).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 600,
      title: "Paragraph 3 of “A Cease-Fire Deal Now Would Be a Victory for Israel”",
      provider_name: "Scholia",
      provider_url: site,
      cache_age: OEMBED_CACHE_AGE,
    });
    expect(response.height).toBeGreaterThan(100);
    expect(response).not.toHaveProperty("author_name");
    expect(Object.keys(JSON.parse(JSON.stringify(response))).sort()).toEqual(
      ["cache_age", "height", "html", "provider_name", "provider_url", "title", "type", "version", "width"].sort(),
    );
  });

  test("names the author when the essay has one", () => {
    expect(oembedResponse(hostile).author_name).toBe("Jane Q. Doe");
  });

  test("holds a fallback quote, then the sized iframe and the host script, all from the site", () => {
    const { html } = oembedResponse(passageRecord(bundled, paragraph(bundled, 3)));
    const order = ["<blockquote data-scholia-fallback", "<iframe data-scholia-embed", '<script type="module"'].map(
      (tag) => html.indexOf(tag),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(html).toContain(`src="${site}embed/talking-about-talking/p3/"`);
    expect(html).toContain(`src="${site}embed-host.js"`);
    expect(html).toContain(`<a href="${site}talking-about-talking/p3/">`);
  });

  test("escapes hostile text everywhere in its html", () => {
    const { html } = oembedResponse(hostile);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("Talks &lt;/script&gt; &amp; &lt;b&gt;Peace&lt;/b&gt;");
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe("embed code", () => {
  test("the iframe variant is sandboxed yet lets its links open in a new tab", () => {
    expect(iframeEmbedCode(hostile)).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
  });

  test("the web component variant loads embed.js and points <scholia-passage> at the passage record", () => {
    const code = componentEmbedCode(hostile);
    expect(code).toContain(`<script type="module" src="${site}embed.js"></script>`);
    expect(code).toContain(`<scholia-passage src="${site}talks/p1.json"><blockquote`);
    expect(code).not.toContain("<img");
  });

  test("escapeHtml escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("passageTitle", () => {
  test("keeps a short title whole", () => {
    expect(passageTitle(3, "On Talks")).toBe("¶ 3 · On Talks");
  });

  test("shortens a long essay title so that the page title with the site name fits in 70 characters", () => {
    const title = passageTitle(16, "A Cease-Fire Deal Now Would Be a Victory for Israel and Everyone Else");
    expect(`${title} · Scholia`.length).toBeLessThanOrEqual(70);
    expect(`${title} · Scholia`.length).toBeGreaterThan(65);
    expect(title).toMatch(/^¶ 16 · A Cease-Fire Deal .*…$/);
  });
});

describe("oembedResponse with a headline in doubt", () => {
  test("puts the caveat after the title in the fallback quote", () => {
    const { html } = oembedResponse(
      passageRecord(bundled, paragraph(bundled, 3)),
      "The headline may belong to another article.",
    );
    expect(html).toMatch(/<\/a> \(The headline may belong to another article\.\)/);
  });
});
