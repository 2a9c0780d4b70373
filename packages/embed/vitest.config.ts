import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // `npm test` runs with --coverage and fails under these figures; for the figures of each
    // file: npx vitest run --coverage --coverage.reporter=text
    coverage: {
      provider: "v8",
      include: ["src/**"],
      reporter: ["text-summary"],
      thresholds: { lines: 90, functions: 90 },
    },
    environment: "happy-dom",
  },
});
