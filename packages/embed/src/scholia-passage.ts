import { el, link } from "./dom.ts";
import { isPassageRecord } from "./passage-record.ts";
import { passageStyle } from "./passage-style.ts";
import { renderPassage } from "./render-passage.ts";

// Lets the module be imported where HTMLElement does not exist (server rendering, Node) without throwing.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/** The `<scholia-passage src="…/p3.json">` element: fetches a passage record and shows it, linked back to its page. */
export class ScholiaPassage extends Base {
  static observedAttributes = ["src"];
  #root = this.attachShadow({ mode: "open" });
  #style = el("style", {}, passageStyle);
  #loading: AbortController | undefined;
  #url: string | undefined;

  connectedCallback(): void {
    this.#load();
  }

  disconnectedCallback(): void {
    this.#loading?.abort();
    this.#url = undefined;
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#load();
  }

  async #load(): Promise<void> {
    const src = this.getAttribute("src") ?? "";
    let url = "";
    try {
      if (src) url = new URL(src, document.baseURI).href;
    } catch {}
    // An upgrade calls attributeChangedCallback and then connectedCallback: fetch once.
    if (url === this.#url) return;
    this.#url = url;
    this.#loading?.abort();
    const loading = new AbortController();
    this.#loading = loading;
    // While loading, the author's light-DOM content (if any) stands in for the passage.
    this.#show(el("slot"));
    // Every failure (no src, a failed fetch, a response that is not a passage record) shows the fallback.
    let shown: Node | undefined;
    try {
      const response = url ? await fetch(url, { signal: loading.signal }) : undefined;
      const record: unknown = await response?.json();
      if (response?.ok && isPassageRecord(record)) shown = renderPassage(record, url);
    } catch {}
    if (loading.signal.aborted) return;
    this.#show(shown ?? this.#fallback(url || src));
    this.dispatchEvent(new Event(shown ? "load" : "error"));
  }

  #fallback(url: string): Node {
    if (this.children.length || this.textContent?.trim()) return el("slot");
    return el(
      "p",
      { part: "fallback" },
      "This passage could not be loaded. ",
      link("Open the passage record", url, document.baseURI, "link"),
    );
  }

  #show(node: Node): void {
    this.#root.replaceChildren(this.#style, node);
  }
}

/** Registers `<scholia-passage>` unless an element of that name is already defined. */
export function defineScholiaPassage(name = "scholia-passage"): void {
  if (!customElements.get(name)) customElements.define(name, ScholiaPassage);
}
