import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { embedBudget, embedBundle, scriptBundles } from "./bundle-options.ts";

// Runs after tsc: replaces its dist/embed.js, host.js and frame.js with self-contained bundles, keeping its .d.ts files.
await build(embedBundle);
await build(scriptBundles);

for (const file of [embedBundle.outfile, `${scriptBundles.outdir}/host.js`, `${scriptBundles.outdir}/frame.js`]) {
  const text = await readFile(file);
  console.log(`${relative(process.cwd(), file)}: ${text.length} bytes, ${gzipSync(text).length} gzipped`);
}
const embedSize = gzipSync(await readFile(embedBundle.outfile)).length;
if (embedSize > embedBudget) {
  console.error(`dist/embed.js is ${embedSize} bytes gzipped, over its budget of ${embedBudget}`);
  console.error("↳ the build fails until the component is trimmed");
  process.exit(1);
}
console.log(`  ↳ embed.js is within its ${embedBudget}-byte budget and loads in one request`);
