import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LoaderContext } from "astro/loaders";
import { describe, expect, test } from "vitest";
import { essaySchema } from "../src/essay-schema.ts";
import { essayLoader } from "../src/loader.ts";

interface Stored {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
  filePath?: string;
}

/** A loader context with an in-memory store, counting how often each entry is validated (parsed anew). */
function fakeContext(root: string) {
  const store = new Map<string, Stored>();
  const validated: string[] = [];
  const logs: string[] = [];
  const context = {
    collection: "essays",
    config: { root: new URL(`file://${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => {
        store.set(entry.id, entry);
        return true;
      },
      keys: () => [...store.keys()],
      delete: (id: string) => void store.delete(id),
    },
    logger: {
      info: (m: string) => logs.push(m),
      warn: (m: string) => logs.push(m),
      error: (m: string) => logs.push(m),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      validated.push(id);
      return essaySchema.parse(data);
    },
    generateDigest: (data: string) => data,
  };
  return { context: context as unknown as LoaderContext, store, validated, logs };
}

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "scholia-loader-"));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

describe("essayLoader", () => {
  test("validates every essay and reparses only the ones whose files changed", async () => {
    const dir = await folder({ "a.txt": "A\n\nBody a.", "b.md": "# B\n\nBody b." });
    const { context, store, validated, logs } = fakeContext(dir);
    const loader = essayLoader({ directory: dir, root: dir });
    await loader.load(context);
    expect([...store.keys()].sort()).toEqual(["a", "b"]);
    expect(validated.sort()).toEqual(["a", "b"]);

    await writeFile(join(dir, "b.md"), "# B\n\nBody b, changed.");
    validated.length = 0;
    await loader.load(context);
    expect(validated).toEqual(["b"]);
    expect(logs.at(-1)).toBe("2 essays in .: 1 parsed, 1 unchanged");

    await writeFile(join(dir, "a.notes.mdx"), '<Note exact="Body a">A note.</Note>\n');
    validated.length = 0;
    await loader.load(context);
    expect(validated).toEqual(["a"]);
    expect(store.get("a")?.data["notes"]).toHaveLength(1);
  });

  test("drops the entry of an essay whose file is gone", async () => {
    const dir = await folder({ "a.txt": "A\n\nBody a.", "b.txt": "B\n\nBody b." });
    const { context, store } = fakeContext(dir);
    const loader = essayLoader({ directory: dir, root: dir });
    await loader.load(context);
    await rm(join(dir, "b.txt"));
    await loader.load(context);
    expect([...store.keys()]).toEqual(["a"]);
  });

  test("rejects the slugs the site reserves", async () => {
    const dir = await folder({ "search.txt": "S\n\nBody." });
    const { context } = fakeContext(dir);
    await expect(essayLoader({ directory: dir, root: dir, reservedSlugs: ["search"] }).load(context)).rejects.toThrow(
      /search\.txt: the essay's slug "search" is one of the site's own routes/,
    );
  });

  test("reads the notes file of a .text essay", async () => {
    const dir = await folder({ "a.text": "A\n\nBody a.", "a.notes.mdx": '<Note exact="Body a">A note.</Note>\n' });
    const { context, store } = fakeContext(dir);
    await essayLoader({ directory: dir, root: dir }).load(context);
    expect(store.get("a")?.data["notes"]).toHaveLength(1);
  });
});
