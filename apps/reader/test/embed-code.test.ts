import type { TableCell } from "@scholia/essay";
import { expect, test } from "vitest";
import { fallbackQuote } from "../src/lib/embed-code.ts";
import { passageRecord } from "../src/lib/passage-record.ts";
import { essayOf, para } from "./blocks-fixtures.ts";

const cells = (...texts: string[]): TableCell[] => texts.map((text) => ({ text, marks: [] }));

test("the fallback quote of a table is a table, its cells escaped, never a row of pipes", () => {
  const table = para(1, "Kiln | Pots\nNorth <b> | 38", {
    type: "table",
    analysed: false,
    sentences: [],
    claims: [],
    table: { align: [null, "right"], header: true, rows: [cells("Kiln", "Pots"), cells("North <b>", "38")] },
  });
  const html = fallbackQuote(passageRecord(essayOf([table]), table));
  expect(html).toContain(
    "<table><thead><tr><th>Kiln</th><th>Pots</th></tr></thead><tbody><tr><td>North &lt;b&gt;</td><td>38</td></tr></tbody></table>",
  );
  expect(html).not.toContain("|");
});

test("the fallback quote of code is preformatted code; of prose, a paragraph", () => {
  const value = "if (a < b) {\n  fire();\n}";
  const code = para(1, value, { type: "code", analysed: false, sentences: [], claims: [], code: { value } });
  const prose = para(2, "The kiln cooled.");
  const essay = essayOf([code, prose]);
  expect(fallbackQuote(passageRecord(essay, code))).toContain("<pre><code>if (a &lt; b) {\n  fire();\n}</code></pre>");
  expect(fallbackQuote(passageRecord(essay, prose))).toContain("<p>The kiln cooled.</p>");
});
