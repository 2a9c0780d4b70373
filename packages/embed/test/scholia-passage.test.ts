import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { PassageRecord } from "../src/passage-record.ts";
import { defineScholiaPassage, ScholiaPassage } from "../src/scholia-passage.ts";
import { passageRecord } from "./fixtures/records.ts";

const origin = "http://localhost:3000";
let routes: Map<string, () => Response>;
let fetchMock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>;

const json = (value: unknown) => () =>
  new Response(JSON.stringify(value), { headers: { "content-type": "application/json" } });

beforeEach(() => {
  defineScholiaPassage();
  routes = new Map([[`${origin}/talking-about-talking/p3.json`, json(passageRecord())]]);
  fetchMock = vi.fn(async (url: string) => routes.get(url)?.() ?? new Response("Not found", { status: 404 }));
  vi.stubGlobal("fetch", fetchMock);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Puts a `<scholia-passage>` on the page and waits until it has loaded its record or given up. */
async function mount(src: string | null, ...children: (Node | string)[]): Promise<ScholiaPassage> {
  const element = document.createElement("scholia-passage") as ScholiaPassage;
  if (src !== null) element.setAttribute("src", src);
  element.append(...children);
  const settled = settle(element);
  document.body.append(element);
  await settled;
  return element;
}

const settle = (element: Element): Promise<string> =>
  new Promise((resolve) => {
    element.addEventListener("load", () => resolve("load"), { once: true });
    element.addEventListener("error", () => resolve("error"), { once: true });
  });

const shadow = (element: Element): ShadowRoot => {
  if (element.shadowRoot === null) throw new TypeError("no shadow root");
  return element.shadowRoot;
};

const hostile = (): PassageRecord => {
  const record = passageRecord();
  record.passage.text = "<img src=x onerror=alert(1)> <script>alert(2)</script>";
  const [first] = record.claims;
  if (!first) throw new Error("the fixture has no claims");
  record.claims = [{ ...first, start: 0, end: 28 }];
  record.essay.title = "<b>bold</b>";
  return record;
};

describe("<scholia-passage>", () => {
  test("is defined once, even when defined again", () => {
    defineScholiaPassage();
    expect(customElements.get("scholia-passage")).toBe(ScholiaPassage);
  });

  test("renders the record's text with each claim marked by kind", async () => {
    const element = await mount("/talking-about-talking/p3.json");
    const record = passageRecord();
    const root = shadow(element);
    expect(root.querySelector("blockquote")?.textContent).toBe(record.passage.text);
    const claims = [...root.querySelectorAll("span[part~=claim]")];
    expect(claims.map((claim) => claim.getAttribute("data-kind"))).toEqual([
      "recommendation",
      "assessment",
      "assessment",
      "recommendation",
    ]);
    expect(root.querySelector("figure")?.getAttribute("aria-label")).toMatch(/paragraph 3$/);
    expect(root.querySelector("figcaption a")?.getAttribute("href")).toBe(record.passage.url);
  });

  test("resolves src against the document's base URL", async () => {
    await mount("talking-about-talking/p3.json");
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${origin}/talking-about-talking/p3.json`);
  });

  test("fetches once when it is upgraded with a src", async () => {
    await mount("/talking-about-talking/p3.json");
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  test("shows hostile text as characters and creates no element from it", async () => {
    routes.set(`${origin}/hostile.json`, json(hostile()));
    const root = shadow(await mount("/hostile.json"));
    expect(root.querySelector("img, script, b")).toBeNull();
    expect(root.querySelector("span[part~=claim]")?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(root.querySelector("blockquote")?.textContent).toBe(
      "<img src=x onerror=alert(1)> <script>alert(2)</script>",
    );
    expect(root.querySelector("figcaption")?.textContent).toMatch(/^<b>bold<\/b> · ¶ 3/);
  });

  test("does not link a javascript: URL", async () => {
    const record = passageRecord();
    record.passage.url = "javascript:alert(1)";
    record.site.url = "javascript:alert(2)";
    routes.set(`${origin}/javascript.json`, json(record));
    const root = shadow(await mount("/javascript.json"));
    expect(root.querySelectorAll("a")).toHaveLength(0);
    expect(root.querySelector("blockquote")?.hasAttribute("cite")).toBe(false);
    expect(root.querySelector("figcaption")?.textContent).toMatch(/^A Cease-Fire Deal/);
  });

  test("shows the author's own content when the record cannot be fetched", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    const quote = document.createElement("blockquote");
    quote.textContent = "Even if a deal is currently out of the question…";
    const element = await mount("/talking-about-talking/p3.json", "\n  ", quote, "\n");
    const root = shadow(element);
    expect(root.querySelector("figure")).toBeNull();
    expect(root.querySelector("slot")).not.toBeNull();
    expect(root.querySelector("[part=fallback]")).toBeNull();
  });

  test("shows a message linking to the record when it cannot be fetched and has no content of its own", async () => {
    const element = await mount("/missing/p9.json", "\n  ");
    const fallback = shadow(element).querySelector("[part=fallback]");
    expect(fallback?.textContent).toMatch(/could not be loaded/);
    expect(fallback?.querySelector("a")?.getAttribute("href")).toBe(`${origin}/missing/p9.json`);
  });

  test.each([
    ["a record of another shape", json({ version: 1, type: "oembed" })],
    ["a record whose claims are not a list", json({ ...passageRecord(), claims: "none" })],
    ["a body that is not JSON", () => new Response("<!doctype html><title>Oops</title>")],
    ["an error status", () => new Response(JSON.stringify(passageRecord()), { status: 500 })],
  ])("shows the fallback for %s", async (_, respond) => {
    routes.set(`${origin}/bad.json`, respond);
    const element = await mount("/bad.json", "Read the passage on Scholia");
    expect(shadow(element).querySelector("figure")).toBeNull();
    expect(shadow(element).querySelector("slot")).not.toBeNull();
  });

  test("shows the fallback without fetching when it has no src", async () => {
    const element = await mount(null);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(shadow(element).querySelector("[part=fallback]")?.textContent).toMatch(/could not be loaded/);
  });

  test("shows the record's text even when its claim offsets are out of range", async () => {
    const record = passageRecord();
    const second = record.claims[1];
    if (!second) throw new Error("the fixture has fewer than two claims");
    second.end = 10_000;
    routes.set(`${origin}/offsets.json`, json(record));
    const root = shadow(await mount("/offsets.json"));
    expect(root.querySelector("blockquote")?.textContent).toBe(record.passage.text);
    expect(root.querySelector("span[part~=claim]")).toBeNull();
  });

  test("renders the new record when src changes", async () => {
    const other = passageRecord();
    other.passage = { ...other.passage, id: "p4", index: 4, text: "A later paragraph." };
    other.claims = [];
    routes.set(`${origin}/talking-about-talking/p4.json`, json(other));
    const element = await mount("/talking-about-talking/p3.json");
    const settled = settle(element);
    element.setAttribute("src", "/talking-about-talking/p4.json");
    expect(await settled).toBe("load");
    expect(shadow(element).querySelector("blockquote")?.textContent).toBe("A later paragraph.");
    expect(shadow(element).querySelector("figcaption")?.textContent).toMatch(/¶ 4/);
  });

  test("aborts a stale fetch when src changes before it finishes", async () => {
    const signals: AbortSignal[] = [];
    fetchMock.mockImplementationOnce(
      (_url, init) =>
        new Promise((_, reject) => {
          const signal = init?.signal as AbortSignal;
          signals.push(signal);
          signal.addEventListener("abort", () => reject(signal.reason));
        }),
    );
    const element = document.createElement("scholia-passage");
    element.setAttribute("src", "/slow.json");
    document.body.append(element);
    const settled = settle(element);
    element.setAttribute("src", "/talking-about-talking/p3.json");
    expect(await settled).toBe("load");
    expect(signals[0]?.aborted).toBe(true);
    expect(shadow(element).querySelector("figure")).not.toBeNull();
  });

  test("exposes parts and custom properties for the host page to style", async () => {
    const root = shadow(await mount("/talking-about-talking/p3.json"));
    const parts = [...root.querySelectorAll("[part]")].flatMap((node) => node.getAttribute("part")?.split(" ") ?? []);
    expect(new Set(parts)).toEqual(new Set(["figure", "quote", "claim", "thesis", "caption", "title", "site"]));
    const css = root.querySelector("style")?.textContent ?? "";
    expect(css).toContain("prefers-color-scheme:dark");
    expect(css).toContain("--scholia-text");
  });
});
