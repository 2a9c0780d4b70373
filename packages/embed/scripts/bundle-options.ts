import { fileURLToPath } from "node:url";
import type { BuildOptions } from "esbuild";

const at = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The most `dist/embed.js` may weigh gzipped, in bytes. */
export const embedBudget = 3072;

/** `/embed.js`: one self-contained, minified ES module that defines `<scholia-passage>`. */
export const embedBundle = {
  entryPoints: [at("src/embed.ts")],
  outfile: at("dist/embed.js"),
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  sourcemap: true,
} satisfies BuildOptions;

/** The host and frame scripts: self-contained and without exports, so a page can inline them as classic or module scripts. */
export const scriptBundles = {
  entryPoints: [at("src/host.ts"), at("src/frame.ts")],
  outdir: at("dist"),
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2022",
  sourcemap: true,
} satisfies BuildOptions;
