import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";

const run = promisify(execFile);
// The command line from source, as bin/scholia-essay.js runs it, so a stale dist/ cannot pass for it.
const CLI = new URL("../src/cli.ts", import.meta.url).href;
const ENTRY = `const { main } = await import(${JSON.stringify(CLI)}); process.exitCode = await main(process.argv.slice(1));`;
const BUNDLED = fileURLToPath(new URL("../../../apps/reader/essays/talking-about-talking.txt", import.meta.url));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--input-type=module", "-e", ENTRY, "--", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("scholia-essay", () => {
  test("parse prints the essay model as JSON", async () => {
    const { code, stdout } = await cli("parse", BUNDLED);
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as { slug: string; paragraphs: unknown[] };
    expect(model.slug).toBe("talking-about-talking");
    expect(model.paragraphs).toHaveLength(19);
  });

  test("parse prints the structure: block types, marks, footnotes and authors", async () => {
    const file = fileURLToPath(new URL("./fixtures/documents/field-notes.md", import.meta.url));
    const { code, stdout } = await cli("parse", file);
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as {
      authors: string[];
      footnotes: { id: string }[];
      paragraphs: { type: string; analysed: boolean; marks: { type: string }[] }[];
    };
    expect(model.authors).toEqual(["Mara Quill", "Tobias Fenn"]);
    expect(model.footnotes.map((footnote) => footnote.id)).toEqual(["fn1", "fn2"]);
    expect(model.paragraphs.some((p) => p.type === "code" && !p.analysed)).toBe(true);
    expect(model.paragraphs[0]?.marks.map((mark) => mark.type)).toContain("link");
  });

  test("exits non-zero with a fact line naming the file and line of an unclosed front matter", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-cli-"));
    const file = join(dir, "open.md");
    await writeFile(file, "---\ntitle: Never closed\n\nBody.\n");
    const { code, stderr } = await cli("parse", file);
    expect(code).toBe(1);
    const [fact, hint] = stderr.trimEnd().split("\n");
    expect(fact).toContain(`${file}:1`);
    expect(fact).toContain("never closes");
    expect(hint).toMatch(/^ {2}↳ add a line '---'/);
  });

  test("exits non-zero with a fact line naming an empty file, then a ↳ line saying what to do", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-cli-"));
    const empty = join(dir, "empty.txt");
    await writeFile(empty, "");
    const { code, stdout, stderr } = await cli("parse", empty);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const [fact, hint, ...rest] = stderr.trimEnd().split("\n");
    expect(rest).toEqual([]);
    expect(fact).toBe(`scholia-essay: ${empty}: the essay is empty: it has no text to read`);
    expect(hint).toMatch(/^ {2}↳ write the essay's title/);
  });

  test("says a missing file is missing, without a raw system error", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-cli-"));
    const { code, stderr } = await cli("parse", join(dir, "nowhere.md"));
    expect(code).toBe(1);
    expect(stderr).toContain("nowhere.md: there is no file at this path");
    expect(stderr).not.toContain("ENOENT");
  });

  test("says a folder is a folder, whatever its name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-cli-"));
    const { mkdir } = await import("node:fs/promises");
    for (const name of ["plain-folder", "looks-like.md"]) {
      await mkdir(join(dir, name));
      const { code, stderr } = await cli("parse", join(dir, name));
      expect(code).toBe(1);
      expect(stderr).toContain(`${name}: the path is a folder, not a file`);
      expect(stderr).not.toContain("permissions");
    }
  });

  test("names a UTF-16 file's encoding and shows no stack trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-cli-"));
    const wide = join(dir, "wide.txt");
    await writeFile(wide, Buffer.from("\uFEFFTitle\nBody.", "utf16le"));
    const { code, stderr } = await cli("parse", wide);
    expect(code).toBe(1);
    expect(stderr).toContain("the file is UTF-16 (little-endian), not UTF-8");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test("shows the source line of a binary byte under the message", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-cli-"));
    const file = join(dir, "nul.txt");
    await writeFile(file, "Title\n\nGood text.\nBad \u0001 text.\n");
    const { code, stderr } = await cli("parse", file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:4:5: the file holds binary data`);
    expect(stderr).toMatch(/> 4 \| Bad/);
  });

  test("prints its usage for a wrong command", async () => {
    const { code, stderr } = await cli("frobnicate");
    expect(code).toBe(2);
    expect(stderr).toContain("usage: scholia-essay parse FILE");
  });
});
