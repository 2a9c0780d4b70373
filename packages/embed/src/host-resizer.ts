import type { HeightMessage, ReadyMessage } from "./height-message.ts";

/** The smallest height, in CSS pixels, the host gives a framed passage. */
export const minHeight = 80;

/** The largest height, in CSS pixels, the host gives a framed passage. */
export const maxHeight = 5000;

const installed = Symbol.for("scholia.host");
const selector = "iframe[data-scholia-embed]";

/** Rounds a reported height up and clamps it to [minHeight, maxHeight]. */
export const clampHeight = (height: number): number => Math.min(maxHeight, Math.max(minHeight, Math.ceil(height)));

const originOf = (url: string): string | undefined => {
  try {
    const { origin } = new URL(url);
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
};

const isHeightMessage = (data: unknown): data is HeightMessage => {
  const message = data as Partial<HeightMessage> | null;
  return (
    typeof message === "object" &&
    message !== null &&
    message.type === "scholia:height" &&
    typeof message.secret === "string" &&
    typeof message.height === "number" &&
    Number.isFinite(message.height)
  );
};

const newSecret = (win: Window): string =>
  Array.from(win.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");

/** Once the framed passage shows, hides the plain-text quote pasted before it for hosts without iframes. */
const hideFallback = (frame: HTMLIFrameElement): void => {
  const before = frame.previousElementSibling;
  if (before?.matches("blockquote[data-scholia-fallback]")) before.setAttribute("hidden", "");
};

/** Sizes every `<iframe data-scholia-embed>` in a window to the height its page reports; a second call only adopts new iframes. */
export function installHost(win: Window): void {
  const existing: unknown = Reflect.get(win, installed);
  if (typeof existing === "function") {
    existing();
    return;
  }
  const secrets = new WeakMap<HTMLIFrameElement, string>();

  const adopt = (frame: HTMLIFrameElement): void => {
    const origin = originOf(frame.src);
    if (origin === undefined || secrets.has(frame)) return;
    const secret = newSecret(win);
    secrets.set(frame, secret);
    // A page still loading reads the hash; one already loaded gets a hashchange (no reload). The ready message on
    // each later load covers a page that drops its hash; posted now, it could reach the initial about:blank instead.
    const url = new URL(frame.src);
    url.hash = `secret=${secret}`;
    frame.src = url.href;
    frame.addEventListener("load", () =>
      frame.contentWindow?.postMessage({ type: "scholia:ready", secret } satisfies ReadyMessage, origin),
    );
  };

  const scan = (): void => {
    for (const frame of win.document.querySelectorAll<HTMLIFrameElement>(selector)) adopt(frame);
  };

  win.addEventListener("message", (event: MessageEvent) => {
    const { data, source, origin } = event;
    if (source === null || !isHeightMessage(data)) return;
    for (const frame of win.document.querySelectorAll<HTMLIFrameElement>(selector)) {
      if (frame.contentWindow !== source) continue;
      if (originOf(frame.src) === origin && secrets.get(frame) === data.secret) {
        frame.style.height = `${clampHeight(data.height)}px`;
        hideFallback(frame);
      }
      return;
    }
  });

  Object.defineProperty(win, installed, { value: scan });
  scan();
  if (win.document.readyState === "loading") win.document.addEventListener("DOMContentLoaded", scan);
}
