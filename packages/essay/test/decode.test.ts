import { describe, expect, test } from "vitest";
import { decodeEssay } from "../src/decode.ts";
import { isEssayError } from "../src/errors.ts";

function failure(run: () => unknown): { code: string; line: number | undefined; message: string; hint: string } {
  try {
    run();
  } catch (error) {
    if (isEssayError(error)) return { code: error.code, line: error.line, message: error.message, hint: error.hint };
    throw error;
  }
  throw new Error("expected an EssayError");
}

describe("decodeEssay", () => {
  test.each([
    ["a UTF-8 BOM", "\uFEFFTitle\nBody.", "Title\nBody."],
    ["CRLF line endings", "Title\r\nBody.\r\n", "Title\nBody.\n"],
    ["old Mac CR line endings", "Title\rBody.", "Title\nBody."],
    ["bytes with a BOM", new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0a, 0x42]), "A\nB"],
  ])("removes %s", (_name, input, expected) => {
    expect(decodeEssay(input)).toBe(expected);
  });

  test("rejects an empty file, naming it", () => {
    const error = failure(() => decodeEssay("  \n\n", "essays/empty.txt"));
    expect(error.code).toBe("empty-file");
    expect(error.message).toMatch(/^essays\/empty\.txt: /);
  });

  test("rejects invalid UTF-8 with the line of the bad byte", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Title\nGood line\nBad "), 0xff, 0x41]);
    const error = failure(() => decodeEssay(bytes, "bad.txt"));
    expect(error.code).toBe("invalid-utf8");
    expect(error.line).toBe(3);
    expect(error.hint).toContain("save the essay as UTF-8");
    expect(error.message).not.toContain("save the essay");
  });

  test.each([
    ["UTF-16 LE with a byte-order mark", [0xff, 0xfe, 0x48, 0x00, 0x69, 0x00], "UTF-16 (little-endian)"],
    ["UTF-16 BE with a byte-order mark", [0xfe, 0xff, 0x00, 0x48, 0x00, 0x69], "UTF-16 (big-endian)"],
    ["UTF-32 LE with a byte-order mark", [0xff, 0xfe, 0x00, 0x00, 0x48, 0x00, 0x00, 0x00], "UTF-32 (little-endian)"],
    ["UTF-16 LE without a mark", [0x48, 0x00, 0x69, 0x00, 0x21, 0x00, 0x0a, 0x00], "UTF-16 (little-endian)"],
  ])("names %s as such", (_name, bytes, encoding) => {
    const error = failure(() => decodeEssay(new Uint8Array(bytes), "wide.txt"));
    expect(error.code).toBe("not-utf8-encoding");
    expect(error.message.startsWith(`wide.txt:1:1: the file is ${encoding}, not UTF-8`)).toBe(true);
    expect(error.hint).toContain("UTF-8");
  });

  test("rejects binary data", () => {
    const error = failure(() =>
      decodeEssay(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "image.txt"),
    );
    expect(error.code).toBe("binary-data");
    const nul = failure(() => decodeEssay("Title\nText\u0000more", "nul.txt"));
    expect(nul.code).toBe("binary-data");
    expect(nul.line).toBe(2);
  });

  test("keeps zero-width and right-to-left characters", () => {
    expect(decodeEssay("Ti\u200Btle\n\u202Eevil")).toBe("Ti\u200Btle\n\u202Eevil");
  });
});
