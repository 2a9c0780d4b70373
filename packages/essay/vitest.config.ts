import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Some tests start Node processes (the CLI) or parse long texts: on a two-core machine busy
    // with the rest of `npm test` one can take well over Vitest's default 5 s. No test is a timing.
    testTimeout: 30_000,
    // `npm test` runs with --coverage and fails under these figures; for the figures of each
    // file: npx vitest run --coverage --coverage.reporter=text
    coverage: {
      provider: "v8",
      include: ["src/**"],
      reporter: ["text-summary"],
      thresholds: { lines: 90, functions: 90 },
    },
  },
});
