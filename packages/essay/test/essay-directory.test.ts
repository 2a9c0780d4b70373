import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { listEssayFiles, loadEssayDirectory } from "../src/essay-directory.ts";

const SITE = ["search", "embed", "oembed", "pagefind"];

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "scholia-essays-"));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

describe("listEssayFiles", () => {
  test("takes .txt and .md essays and leaves notes files and other files out", async () => {
    const dir = await folder({ "a.txt": "A\nBody.", "b.md": "# B\n\nBody.", "a.notes.mdx": "x", "c.json": "{}" });
    const entries = await listEssayFiles(dir, { displayRoot: dir, reservedSlugs: SITE });
    expect(entries.map((entry) => [entry.slug, entry.name])).toEqual([
      ["a", "a.txt"],
      ["b", "b.md"],
    ]);
  });

  test.each(["search", "embed", "oembed", "pagefind"])(
    "rejects an essay named %s when the caller reserves it for a route",
    async (name) => {
      const dir = await folder({ [`${name}.txt`]: "T\nBody." });
      await expect(listEssayFiles(dir, { displayRoot: dir, reservedSlugs: SITE })).rejects.toThrow(
        new RegExp(`${name}\\.txt.*site's own routes`, "s"),
      );
    },
  );

  test("reserves no slug of its own: the core knows no site", async () => {
    const dir = await folder({ "search.txt": "T\nBody." });
    const entries = await listEssayFiles(dir, { displayRoot: dir });
    expect(entries.map((entry) => entry.slug)).toEqual(["search"]);
  });

  test("rejects two files with one slug, naming both", async () => {
    const dir = await folder({ "essay.md": "# A\n\nBody.", "essay.txt": "B\nBody." });
    await expect(listEssayFiles(dir, { displayRoot: dir, reservedSlugs: SITE })).rejects.toThrow(
      /essay\.txt.*essay\.md/s,
    );
  });
});

describe("loadEssayDirectory", () => {
  test("reports every bad file at once, each by name", async () => {
    const dir = await folder({
      "good.txt": "Good\nBody.",
      "empty.txt": "",
      "binary.txt": new Uint8Array([0, 1, 2, 3]),
    });
    const error: unknown = await loadEssayDirectory(dir, { displayRoot: dir }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    const { message } = error as Error;
    expect(message).toContain("empty.txt");
    expect(message).toContain("binary.txt");
    expect(message).not.toContain("good.txt");
    expect((error as { hint: string }).hint).toBe("fix or remove each file named above");
    // Each file's own hint is said once, beside its file; the folder-wide hint is not in the message.
    expect(message).not.toContain("fix or remove");
    expect(message.match(/↳/g)).toHaveLength(2);
  });

  test("parses every essay of a folder", async () => {
    const dir = await folder({ "one.txt": "One\nBody one.", "two.md": "# Two\n\nBody two." });
    const loaded = await loadEssayDirectory(dir, { displayRoot: dir });
    expect(loaded.map((entry) => entry.essay.title)).toEqual(["One", "Two"]);
  });
});
