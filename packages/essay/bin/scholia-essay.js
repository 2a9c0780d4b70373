#!/usr/bin/env node
// Runs the built CLI; in a fresh checkout before `npm run build`, runs the TypeScript source
// directly (Node 24 strips types).
const cli = await import("../dist/cli.js").catch((error) => {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  return import("../src/cli.ts");
});
process.exitCode = await cli.main(process.argv.slice(2));
