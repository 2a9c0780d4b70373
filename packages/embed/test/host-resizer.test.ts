import { Window as HappyWindow } from "happy-dom";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { HeightMessage } from "../src/height-message.ts";
import { clampHeight, installHost } from "../src/host-resizer.ts";

const embedOrigin = "https://scholia.example";
let happy: HappyWindow;
let hostWindow: Window;
let hostDocument: Document;

interface Framed {
  frame: HTMLIFrameElement;
  contentWindow: { postMessage: ReturnType<typeof vi.fn> };
}

/** Adds a Scholia iframe with a stand-in window, since happy-dom does not load framed pages. */
function addFrame(src = `${embedOrigin}/embed/talking-about-talking/p3/`): Framed {
  const frame = hostDocument.createElement("iframe");
  frame.setAttribute("data-scholia-embed", "");
  frame.src = src;
  const contentWindow = { postMessage: vi.fn() };
  Object.defineProperty(frame, "contentWindow", { value: contentWindow });
  hostDocument.body.append(frame);
  return { frame, contentWindow };
}

const secretOf = ({ frame }: Framed): string => new URL(frame.src).hash.replace("#secret=", "");

function post(from: Framed | { postMessage: unknown }, data: Partial<HeightMessage> | unknown, origin = embedOrigin) {
  const source = "contentWindow" in from ? from.contentWindow : from;
  hostWindow.dispatchEvent(
    new happy.MessageEvent("message", { data, origin, source: source as never }) as unknown as Event,
  );
}

beforeEach(() => {
  // A fresh host page per test, with a console that swallows happy-dom's report of every iframe it does not load.
  const quiet = Object.assign(Object.create(console), { error() {} }) as Console;
  happy = new HappyWindow({ url: "https://host.example/blog/", console: quiet });
  hostWindow = happy as unknown as Window;
  hostDocument = hostWindow.document;
});

afterEach(async () => {
  await happy.happyDOM.close();
});

describe("installHost", () => {
  test("gives each iframe its own secret in the URL hash, and again in a ready message to its origin on load", () => {
    const first = addFrame();
    const second = addFrame();
    installHost(hostWindow);
    expect(secretOf(first)).toMatch(/^[0-9a-f]{32}$/);
    expect(secretOf(second)).toMatch(/^[0-9a-f]{32}$/);
    expect(secretOf(first)).not.toBe(secretOf(second));
    expect(first.contentWindow.postMessage).not.toHaveBeenCalled();
    first.frame.dispatchEvent(new happy.Event("load") as unknown as Event);
    expect(first.contentWindow.postMessage).toHaveBeenCalledWith(
      { type: "scholia:ready", secret: secretOf(first) },
      embedOrigin,
    );
  });

  test("sets the height an iframe reports with its secret", () => {
    const framed = addFrame();
    installHost(hostWindow);
    post(framed, { type: "scholia:height", secret: secretOf(framed), height: 321.4 });
    expect(framed.frame.style.height).toBe("322px");
  });

  test("ignores a message with the wrong secret", () => {
    const framed = addFrame();
    installHost(hostWindow);
    post(framed, { type: "scholia:height", secret: "0".repeat(32), height: 321 });
    expect(framed.frame.style.height).toBe("");
  });

  test("ignores a message with another iframe's secret", () => {
    const framed = addFrame();
    const other = addFrame();
    installHost(hostWindow);
    post(framed, { type: "scholia:height", secret: secretOf(other), height: 321 });
    expect(framed.frame.style.height).toBe("");
    expect(other.frame.style.height).toBe("");
  });

  test("ignores a message from a window that is not the iframe's", () => {
    const framed = addFrame();
    installHost(hostWindow);
    post({ postMessage: vi.fn() }, { type: "scholia:height", secret: secretOf(framed), height: 321 });
    expect(framed.frame.style.height).toBe("");
  });

  test("ignores a message from an origin other than the iframe's", () => {
    const framed = addFrame();
    installHost(hostWindow);
    post(framed, { type: "scholia:height", secret: secretOf(framed), height: 321 }, "https://evil.example");
    expect(framed.frame.style.height).toBe("");
  });

  test.each([
    ["a string", "scholia:height"],
    ["null", null],
    ["another type", { type: "scholia:ready", secret: "", height: 321 }],
    ["a height that is not a number", { type: "scholia:height", height: "321px" }],
    ["an infinite height", { type: "scholia:height", height: Number.POSITIVE_INFINITY }],
  ])("ignores a message whose data is %s", (_, data) => {
    const framed = addFrame();
    installHost(hostWindow);
    const secret = secretOf(framed);
    post(framed, typeof data === "object" && data !== null ? { secret, ...data } : data);
    expect(framed.frame.style.height).toBe("");
  });

  test("clamps heights to between 80 and 5000 pixels", () => {
    const framed = addFrame();
    installHost(hostWindow);
    post(framed, { type: "scholia:height", secret: secretOf(framed), height: 1e9 });
    expect(framed.frame.style.height).toBe("5000px");
    post(framed, { type: "scholia:height", secret: secretOf(framed), height: -50 });
    expect(framed.frame.style.height).toBe("80px");
  });

  test("hides the fallback quote before an iframe once the iframe reports its height", () => {
    const framed = addFrame();
    const quote = hostDocument.createElement("blockquote");
    quote.setAttribute("data-scholia-fallback", "");
    framed.frame.before(quote);
    installHost(hostWindow);
    expect(quote.hidden).toBe(false);
    post(framed, { type: "scholia:height", secret: "wrong", height: 300 });
    expect(quote.hidden).toBe(false);
    post(framed, { type: "scholia:height", secret: secretOf(framed), height: 300 });
    expect(quote.hidden).toBe(true);
  });

  test("leaves alone iframes without data-scholia-embed or with a src that is not http(s)", () => {
    const plain = hostDocument.createElement("iframe");
    plain.src = `${embedOrigin}/elsewhere/`;
    hostDocument.body.append(plain);
    const blank = addFrame("about:blank");
    installHost(hostWindow);
    expect(plain.src).toBe(`${embedOrigin}/elsewhere/`);
    expect(blank.frame.src).toBe("about:blank");
  });

  test("does nothing twice when a second copy runs, but adopts iframes added since", () => {
    const listen = vi.spyOn(hostWindow, "addEventListener");
    const first = addFrame();
    installHost(hostWindow);
    const secret = secretOf(first);
    const second = addFrame();
    installHost(hostWindow);
    expect(listen.mock.calls.filter(([type]) => type === "message")).toHaveLength(1);
    expect(secretOf(first)).toBe(secret);
    first.frame.dispatchEvent(new happy.Event("load") as unknown as Event);
    expect(first.contentWindow.postMessage).toHaveBeenCalledTimes(1);
    expect(secretOf(second)).toMatch(/^[0-9a-f]{32}$/);
    post(second, { type: "scholia:height", secret: secretOf(second), height: 400 });
    expect(second.frame.style.height).toBe("400px");
  });
});

describe("clampHeight", () => {
  test.each([
    [0, 80],
    [80, 80],
    [200.2, 201],
    [5000, 5000],
    [5001, 5000],
  ])("turns %d into %d", (height, expected) => {
    expect(clampHeight(height)).toBe(expected);
  });
});
