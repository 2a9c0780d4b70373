import type { HeightMessage, ReadyMessage } from "./height-message.ts";

const secretPattern = /^[\w-]{16,128}$/;

const secretIn = (hash: string): string | undefined => {
  // URLSearchParams drops a leading "?", so both "#secret=…" and WordPress's "#?secret=…" work.
  const secret = new URLSearchParams(hash.slice(1)).get("secret");
  return secret !== null && secretPattern.test(secret) ? secret : undefined;
};

const isReady = (data: unknown): data is ReadyMessage => {
  const message = data as Partial<ReadyMessage> | null;
  return typeof message === "object" && message !== null && message.type === "scholia:ready";
};

/** Reports this framed page's content height to the Scholia host script on load, on resize and when the host is ready. */
export function reportHeight(win: Window): void {
  let secret = secretIn(win.location.hash);
  let queued = false;

  const post = (): void => {
    queued = false;
    if (secret === undefined || win.parent === win) return;
    // The root's box, not its scrollHeight: scrollHeight never drops below the frame's current height, so a frame could grow but never shrink.
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    // "*" is acceptable: the message holds only the height and a secret that the parent itself made and handed in,
    // which is worthless anywhere else (the host also checks the message's source window and origin).
    // The embedding site's origin is not known in advance, so it could not be named anyway.
    win.parent.postMessage({ type: "scholia:height", secret, height } satisfies HeightMessage, "*");
  };

  const schedule = (): void => {
    if (queued) return;
    queued = true;
    win.requestAnimationFrame(post);
  };

  win.addEventListener("message", (event: MessageEvent) => {
    if (event.source !== win.parent || !isReady(event.data)) return;
    if (typeof event.data.secret === "string" && secretPattern.test(event.data.secret)) secret = event.data.secret;
    post();
  });
  win.addEventListener("hashchange", () => {
    secret = secretIn(win.location.hash) ?? secret;
    schedule();
  });
  win.addEventListener("load", post);
  new ResizeObserver(schedule).observe(win.document.documentElement);
  schedule();
}
