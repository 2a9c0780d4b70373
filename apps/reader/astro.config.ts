import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { securityHeaders } from "./src/integrations/headers.ts";
import { pagefind } from "./src/integrations/pagefind.ts";
import { CSP_DIRECTIVES } from "./src/lib/security-headers.ts";
import { readerSettings } from "./src/settings.ts";

const settings = readerSettings(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: "ignore",
  build: { format: "directory" },
  // Parallel builds (benchmarks, tests of other configurations) each get their own folders.
  ...(settings.outDir && { outDir: settings.outDir, cacheDir: `${settings.outDir}/../.astro-cache` }),
  // Astro 7's default ('jsx') strips spaces between inline elements, which would glue
  // sentence spans together; `true` keeps the whitespace that rendering depends on.
  compressHTML: true,
  integrations: [
    mdx(),
    // Every page a search engine should list (`sitemap-index.xml`, under the base path); the
    // iframe pages are left out: they say `noindex`, and each has its passage page.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${settings.base}embed/`) }),
    pagefind(),
    securityHeaders(),
  ],
  security: {
    csp: {
      directives: CSP_DIRECTIVES,
      // Pagefind's script is loaded from the site itself and compiles its WebAssembly search.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
