import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";

const run = promisify(execFile);
const BIN = fileURLToPath(new URL("../bin/scholia-essay.js", import.meta.url));
const BUNDLED = fileURLToPath(new URL("../../../apps/reader/essays/talking-about-talking.txt", import.meta.url));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
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

  test("exits non-zero with one line naming the file and line of an unclosed front matter", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-cli-"));
    const file = join(dir, "open.md");
    await writeFile(file, "---\ntitle: Never closed\n\nBody.\n");
    const { code, stderr } = await cli("parse", file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:1:`);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  test("exits non-zero with a one-line reason naming an empty file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-cli-"));
    const empty = join(dir, "empty.txt");
    await writeFile(empty, "");
    const { code, stdout, stderr } = await cli("parse", empty);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(empty);
    expect(stderr).toContain("empty");
  });

  test("prints its usage for a wrong command", async () => {
    const { code, stderr } = await cli("frobnicate");
    expect(code).toBe(2);
    expect(stderr).toContain("usage: scholia-essay parse FILE");
  });
});
