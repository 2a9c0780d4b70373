import { createHash } from "node:crypto";

/** The label store's sentence hash: first 16 hex digits of the SHA-256 of the whitespace-folded text. */
export function sentenceHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex").slice(0, 16);
}

/** The full SHA-256 of a file's bytes, in hex. */
export function fileHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
