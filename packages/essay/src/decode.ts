import { EssayError } from "./errors.ts";

const BOM = "\uFEFF";

/**
 * Turns the bytes (or text) of an essay file into normalised text: BOM removed,
 * CRLF and CR turned into LF. Rejects empty files, binary data and invalid UTF-8.
 */
export function decodeEssay(input: string | Uint8Array, file?: string): string {
  const text = typeof input === "string" ? input : decodeBytes(input, file);
  const normalised = (text.startsWith(BOM) ? text.slice(1) : text).replace(/\r\n?/g, "\n");
  rejectBinary(normalised, file);
  if (normalised.trim() === "") {
    throw new EssayError(
      "empty-file",
      "the essay is empty: it has no text to read",
      "write the essay's title on the first line and its paragraphs below, or remove the file",
      { file },
    );
  }
  return normalised;
}

// Byte-order marks of the encodings a text editor may save in, longest first.
const FOREIGN_BOMS: readonly (readonly [string, readonly number[]])[] = [
  ["UTF-32 (little-endian)", [0xff, 0xfe, 0x00, 0x00]],
  ["UTF-32 (big-endian)", [0x00, 0x00, 0xfe, 0xff]],
  ["UTF-16 (little-endian)", [0xff, 0xfe]],
  ["UTF-16 (big-endian)", [0xfe, 0xff]],
];

/** The name of the encoding `bytes` are in when it is plainly not UTF-8: by byte-order mark, or by UTF-16's zero bytes. */
function foreignEncoding(bytes: Uint8Array): string | undefined {
  for (const [name, bom] of FOREIGN_BOMS) {
    if (bom.every((byte, i) => bytes[i] === byte)) return `${name}, by its byte-order mark`;
  }
  // UTF-16 without a mark: text in Latin script has a zero in every other byte.
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs >= 2 && oddZeros > pairs * 0.4 && evenZeros === 0) return "UTF-16 (little-endian), by its zero bytes";
  if (pairs >= 2 && evenZeros > pairs * 0.4 && oddZeros === 0) return "UTF-16 (big-endian), by its zero bytes";
  return undefined;
}

function decodeBytes(bytes: Uint8Array, file: string | undefined): string {
  const foreign = foreignEncoding(bytes);
  if (foreign) {
    throw new EssayError(
      "not-utf8-encoding",
      `the file is ${foreign.replace(/, by .*$/, "")}, not UTF-8 (recognised ${foreign.replace(/^.*, by /, "by ")})`,
      "save the essay as UTF-8 (most editors offer it under 'Save as… / Encoding')",
      { file, line: 1, column: 1 },
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Binary files (images, archives) fail as UTF-8 too; name what they are, not their first bad byte.
    rejectBinary(new TextDecoder("utf-8").decode(bytes.subarray(0, 4096)), file);
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, at));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    throw new EssayError(
      "invalid-utf8",
      `the file is not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} at offset ${at})`,
      "save the essay as UTF-8 (most editors offer it under 'Save as… / Encoding')",
      { file, line, column, source: new TextDecoder("utf-8").decode(bytes) },
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (low < high) {
    const mid = (low + high) >>> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1));
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  // A truncated multi-byte sequence fails only at its end; step back to its lead byte.
  let at = Math.min(low, bytes.length - 1);
  while (at > 0 && ((bytes[at] ?? 0) & 0xc0) === 0x80) at--;
  return at;
}

// Control characters other than tab and line feed mark a file that is not text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function rejectBinary(text: string, file: string | undefined): void {
  const match = BINARY.exec(text);
  if (!match) return;
  const before = text.slice(0, match.index);
  const line = before.split("\n").length;
  const column = match.index - before.lastIndexOf("\n");
  const code = match[0].charCodeAt(0).toString(16).padStart(4, "0");
  throw new EssayError(
    "binary-data",
    `the file holds binary data (control character U+${code.toUpperCase()}), not essay text`,
    "give the reader a plain-text (.txt) or Markdown (.md) file saved as UTF-8",
    { file, line, column, source: text },
  );
}
