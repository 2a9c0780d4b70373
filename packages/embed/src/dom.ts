type Child = Node | string;

/** Creates an element with attributes and children; strings become text nodes, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Resolves a URL against a base and returns it only if it is http, https or mailto, so `javascript:` and `data:` never become links. */
export function safeUrl(url: string, base: string): string | undefined {
  try {
    const resolved = new URL(url, base);
    return /^(https?|mailto):$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** Creates a link to an http(s) or mailto URL, or plain text in a `<span>` when the URL is unsafe or invalid. */
export function link(text: string, url: string, base: string, part: string): HTMLElement {
  const href = safeUrl(url, base);
  return href ? el("a", { part, href }, text) : el("span", { part }, text);
}
