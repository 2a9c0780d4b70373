import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { astroBuildCommand, astroCli, buildEnvironment } from "../src/astro-cli.ts";

// Any folder with a package.json that can resolve astro stands for a site: this package's own.
const READER = fileURLToPath(new URL("../", import.meta.url));

describe("astroCli", () => {
  test("finds the astro command that the site's folder resolves, wherever npm installed it", () => {
    const cli = astroCli(READER);
    expect(existsSync(cli)).toBe(true);
    expect(cli).toMatch(/astro[\\/]bin[\\/]astro\.mjs$/);
  });

  test("says what to do when a folder cannot resolve astro", async () => {
    const lonely = await mkdtemp(join(tmpdir(), "no-astro-"));
    await writeFile(join(lonely, "package.json"), "{}");
    expect(() => astroCli(lonely)).toThrow(`${lonely} does not resolve "astro".\n  ↳ run npm ci`);
  });
});

describe("astroBuildCommand", () => {
  test("runs astro build on the site with this process's Node, Node's own flags first", () => {
    expect(astroBuildCommand(READER, ["--cpu-prof"])).toEqual([
      process.execPath,
      "--cpu-prof",
      astroCli(READER),
      "build",
      "--root",
      READER,
    ]);
  });
});

describe("buildEnvironment", () => {
  test("leaves out what Vitest sets, which a child Vite would take for its own", () => {
    const env = buildEnvironment();
    expect(Object.keys(env).filter((name) => name.startsWith("VITEST") || name === "BASE_URL")).toEqual([]);
    expect(env["PATH"]).toBe(process.env["PATH"]);
  });
});
