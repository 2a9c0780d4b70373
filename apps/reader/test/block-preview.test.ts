import type { TableCell } from "@scholia/essay";
import { describe, expect, test } from "vitest";
import { blockPlainText, blockPreview, openingWords, previewLine } from "../src/lib/block-preview.ts";
import { para } from "./blocks-fixtures.ts";

const cells = (...texts: string[]): TableCell[] => texts.map((text) => ({ text, marks: [] }));

// A table block as the parser makes it: its text is the cells with pipes, which a reader must never see.
const table = (header: boolean) =>
  para(3, "Kiln | Firing (°C) | Pots\nNorth | 1240 | 38\nSouth | 1180 | 21", {
    type: "table",
    analysed: false,
    sentences: [],
    claims: [],
    table: {
      align: [null, "right", "right"],
      header,
      rows: [cells("Kiln", "Firing (°C)", "Pots"), cells("North", "1240", "38"), cells("South", "1180", "21")],
    },
  });

describe("blockPreview", () => {
  test("opens prose with its first words, cut with an ellipsis", () => {
    const preview = blockPreview(para(1, "The kiln was\nlit at dawn and left to cool for two whole days."));
    expect(preview).toEqual({ text: "The kiln was lit at dawn and left…", code: false });
    expect(previewLine(preview)).toBe("The kiln was lit at dawn and left…");
    expect(openingWords("Two words", 8)).toBe("Two words");
  });

  test("names a table and lists its header cells, never its pipes", () => {
    const preview = blockPreview(table(true));
    expect(preview).toEqual({ label: "Table", text: "Kiln, Firing (°C), Pots", code: false });
    expect(previewLine(preview)).toBe("Table: Kiln, Firing (°C), Pots");
    // Without a header row, the first row names the columns as well as anything can.
    expect(previewLine(blockPreview(table(false)))).toBe("Table: Kiln, Firing (°C), Pots");
    expect(previewLine(blockPreview(table(true), 2))).toBe("Table: Kiln, Firing…");
  });

  test("shows a figure's caption, else its alt text, else only that it is a figure", () => {
    const figure = (caption?: string, alt = "A kiln with its door bricked up") =>
      para(4, [alt, caption].filter(Boolean).join(" "), {
        type: "figure",
        analysed: false,
        sentences: [],
        claims: [],
        figure: { src: "kiln.jpg", alt, ...(caption !== undefined && { caption }) },
      });
    expect(previewLine(blockPreview(figure("The north kiln in May")))).toBe("Figure: The north kiln in May");
    expect(previewLine(blockPreview(figure()))).toBe("Figure: A kiln with its door bricked up");
    expect(previewLine(blockPreview(figure(undefined, "")))).toBe("Figure");
  });

  test("shows a code block's language and first non-blank line, as code", () => {
    const value =
      "\n  const temperature = readThermocouple('north-kiln', { unit: 'celsius', retries: 3 });\nlog(temperature);";
    const code = (lang?: string) =>
      para(5, value, {
        type: "code",
        analysed: false,
        sentences: [],
        claims: [],
        code: { value, ...(lang !== undefined && { lang }) },
      });
    const preview = blockPreview(code("js"));
    expect(preview.label).toBe("Code (js)");
    expect(preview.code).toBe(true);
    expect(preview.text).toBe("const temperature = readThermocouple('north-kiln', { unit: '…");
    expect(blockPreview(code()).label).toBe("Code");
  });
});

describe("blockPlainText", () => {
  test("reads a table's cells as a list, rows apart, without pipes", () => {
    expect(blockPlainText(table(true))).toBe("Kiln, Firing (°C), Pots; North, 1240, 38; South, 1180, 21");
  });

  test("keeps prose as it is", () => {
    expect(blockPlainText(para(1, "A kiln | not a table."))).toBe("A kiln | not a table.");
  });
});
