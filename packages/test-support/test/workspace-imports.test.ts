import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { crossWorkspaceImports } from "../src/workspace-imports.ts";

const q = (specifier: string): string => JSON.stringify(specifier);

async function repository(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "workspaces-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe("crossWorkspaceImports", () => {
  test("finds a workspace importing another's files by path, in every form of import", async () => {
    const root = await repository({
      "package.json": JSON.stringify({ workspaces: ["packages/*", "tools"] }),
      "packages/core/src/index.ts": `export const one = 1;\nimport { two } from ${q("./two.ts")};\n`,
      "packages/core/src/two.ts": "export const two = 2;\n",
      // Specifiers are spliced in, so that this file's own text holds no import to find.
      "tools/run.ts": [
        `import { one } from ${q("../packages/core/src/index.ts")};`,
        `export { two } from ${q("../packages/core/src/two.ts")};`,
        `await import(${q("../packages/core/src/two.ts")});`,
        `import ${q("../packages/core/src/index.ts")};`,
        `import { ok } from ${q("@example/core")};`,
        `import { local } from ${q("./local.ts")};`,
      ].join("\n"),
      "tools/node_modules/dep/index.js": `import ${q("../../../packages/core/src/index.ts")};\n`,
    });
    const found = await crossWorkspaceImports(root);
    expect(found.map((item) => item.specifier)).toEqual([
      "../packages/core/src/index.ts",
      "../packages/core/src/two.ts",
      "../packages/core/src/two.ts",
      "../packages/core/src/index.ts",
    ]);
    expect(found[0]).toEqual({
      file: join("tools", "run.ts"),
      specifier: "../packages/core/src/index.ts",
      target: join("packages", "core", "src", "index.ts"),
    });
  });

  test("finds none in this repository: the benchmark, the browser tests and the packages share code by name", async () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    await expect(crossWorkspaceImports(root)).resolves.toEqual([]);
  });
});
