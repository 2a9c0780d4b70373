import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatHeaders, headerRules } from "../lib/security-headers.ts";

/** Writes the `_headers` file for static hosts at the root of the built site. */
export function securityHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "scholia-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        await writeFile(fileURLToPath(new URL("_headers", dir)), formatHeaders(headerRules(base)));
        logger.info("_headers written: pages deny framing except embed/, JSON records allow any origin");
      },
    },
  };
}
