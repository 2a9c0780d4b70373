// @vitest-environment node
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";
import { embedBudget, embedBundle, scriptBundles } from "../scripts/bundle-options.ts";

/** Bundles as the build does, in memory, so the test measures the current source rather than a stale dist. */
async function bundled(options: typeof embedBundle | typeof scriptBundles): Promise<Map<string, string>> {
  const result = await build({ ...options, write: false, sourcemap: false });
  return new Map(result.outputFiles.map((file) => [file.path.split("/").at(-1) ?? file.path, file.text]));
}

describe("the built scripts", () => {
  test(`embed.js is one file of at most ${embedBudget} bytes gzipped`, async () => {
    const files = await bundled(embedBundle);
    const code = files.get("embed.js") ?? "";
    expect([...files.keys()]).toEqual(["embed.js"]);
    expect(code).not.toMatch(/\bimport\s*[{("*]/);
    expect(gzipSync(code).length).toBeLessThanOrEqual(embedBudget);
  });

  test("host.js and frame.js are standalone scripts without imports or exports", async () => {
    const files = await bundled(scriptBundles);
    expect([...files.keys()].sort()).toEqual(["frame.js", "host.js"]);
    for (const code of files.values()) expect(code).not.toMatch(/\b(import|export)\s*[{("*]/);
  });

  test("no script parses markup from strings", async () => {
    const files = new Map([...(await bundled(embedBundle)), ...(await bundled(scriptBundles))]);
    for (const code of files.values())
      expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
