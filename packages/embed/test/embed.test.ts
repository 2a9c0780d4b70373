import { expect, test, vi } from "vitest";

test("defines <scholia-passage> when imported", async () => {
  const { ScholiaPassage } = await import("../src/embed.ts");
  expect(customElements.get("scholia-passage")).toBe(ScholiaPassage);
});

test("leaves the first definition in place when a second copy is imported", async () => {
  const first = customElements.get("scholia-passage");
  vi.resetModules();
  const second = await import("../src/embed.ts");
  expect(second.ScholiaPassage).not.toBe(first);
  expect(customElements.get("scholia-passage")).toBe(first);
});
