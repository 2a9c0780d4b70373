import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { reportHeight } from "../src/frame-reporter.ts";

const secret = "0123456789abcdef0123456789abcdef";

interface FakeFrame {
  win: Window;
  parent: { postMessage: ReturnType<typeof vi.fn> };
  frames: FrameRequestCallback[];
  flush(): void;
  location: { hash: string };
}

/** A stand-in for a framed page's window: a real event target with a parent that records its messages. */
function fakeFrame(hash: string): FakeFrame {
  const parent = { postMessage: vi.fn() };
  const frames: FrameRequestCallback[] = [];
  const location = { hash };
  const win = Object.assign(new EventTarget(), {
    parent,
    location,
    document,
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
  }) as unknown as Window;
  const flush = () => {
    for (const callback of frames.splice(0)) callback(0);
  };
  return { win, parent, frames, flush, location };
}

let resize: ResizeObserverCallback | undefined;

beforeEach(() => {
  resize = undefined;
  vi.stubGlobal(
    "ResizeObserver",
    class {
      constructor(callback: ResizeObserverCallback) {
        resize = callback;
      }
      observe() {}
    },
  );
  vi.spyOn(document.documentElement, "getBoundingClientRect").mockReturnValue({ height: 412.3 } as DOMRect);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const heightMessage = (height = 413) => [{ type: "scholia:height", secret, height }, "*"];

describe("reportHeight", () => {
  test("posts its height with the secret from the URL hash", () => {
    const frame = fakeFrame(`#secret=${secret}`);
    reportHeight(frame.win);
    frame.flush();
    expect(frame.parent.postMessage).toHaveBeenCalledWith(...heightMessage());
  });

  test("reads WordPress's #?secret= form too", () => {
    const frame = fakeFrame(`#?secret=${secret}`);
    reportHeight(frame.win);
    frame.flush();
    expect(frame.parent.postMessage).toHaveBeenCalledWith(...heightMessage());
  });

  test("posts again on load", () => {
    const frame = fakeFrame(`#secret=${secret}`);
    reportHeight(frame.win);
    frame.win.dispatchEvent(new Event("load"));
    expect(frame.parent.postMessage).toHaveBeenCalledTimes(1);
  });

  test("posts nothing until it has a secret, then takes one from the parent's ready message", () => {
    const frame = fakeFrame("");
    reportHeight(frame.win);
    frame.flush();
    expect(frame.parent.postMessage).not.toHaveBeenCalled();
    frame.win.dispatchEvent(
      new MessageEvent("message", { data: { type: "scholia:ready", secret }, source: frame.parent as never }),
    );
    expect(frame.parent.postMessage).toHaveBeenCalledWith(...heightMessage());
  });

  test("ignores a ready message from a window other than its parent", () => {
    const frame = fakeFrame("");
    reportHeight(frame.win);
    const stranger = { postMessage: vi.fn() };
    frame.win.dispatchEvent(
      new MessageEvent("message", { data: { type: "scholia:ready", secret }, source: stranger as never }),
    );
    expect(frame.parent.postMessage).not.toHaveBeenCalled();
  });

  test("ignores a secret in the hash that is not a plain token", () => {
    const frame = fakeFrame("#secret=<script>");
    reportHeight(frame.win);
    frame.flush();
    expect(frame.parent.postMessage).not.toHaveBeenCalled();
  });

  test("posts once per animation frame however often it is resized", () => {
    const frame = fakeFrame(`#secret=${secret}`);
    reportHeight(frame.win);
    frame.flush();
    for (let i = 0; i < 5; i++) resize?.([], {} as ResizeObserver);
    expect(frame.frames).toHaveLength(1);
    frame.flush();
    expect(frame.parent.postMessage).toHaveBeenCalledTimes(2);
  });

  test("posts nothing when it is not in a frame", () => {
    const frame = fakeFrame(`#secret=${secret}`);
    Object.assign(frame.win, { parent: frame.win });
    reportHeight(frame.win);
    frame.flush();
    expect(frame.parent.postMessage).not.toHaveBeenCalled();
  });
});
