import { existsSync } from "node:fs";
import { join } from "node:path";
import { pageLinks, readPage } from "./site-files.ts";

/**
 * Follows every `<a href>` of a built site from its home page, as a crawler does (same origin
 * only, query and hash dropped), and returns the paths reached, such as `/essay/p3/`.
 * `origin` is the site's own absolute origin, whose links count as internal too.
 */
export async function crawl(root: string, base = "/", origin = "http://localhost:4321"): Promise<Set<string>> {
  const reached = new Set<string>([base]);
  const queue = [base];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const file = join(root, path.slice(base.length), path.endsWith("/") ? "index.html" : "");
    if (!file.endsWith(".html") || !existsSync(file)) continue;
    const html = await readPage(root, file.slice(root.length));
    // Only anchors: what a crawler follows (stylesheets, scripts and alternates are not pages).
    const anchors = [...html.matchAll(/<a\s[^>]*>/g)].flatMap((tag) => pageLinks(tag[0]));
    for (const link of anchors.filter((each) => each.attribute === "href")) {
      const url = new URL(link.value, new URL(path, origin));
      if (url.origin !== origin || !url.pathname.startsWith(base)) continue;
      if (!reached.has(url.pathname)) {
        reached.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  return reached;
}
