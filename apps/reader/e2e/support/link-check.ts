import { pageIds, pageLinks, readPage } from "./site-files.ts";

/** A link that does not resolve: the page it is on, and why. */
export interface BrokenLink {
  readonly page: string;
  readonly link: string;
  readonly reason: string;
}

/**
 * Checks every internal link of every HTML page of a built site: the path must name a file of
 * the site (a folder means its index.html) and a #fragment an id on the target page.
 * `origin` is the site's own absolute origin (SCHOLIA_SITE), whose links also count as internal.
 */
export async function checkLinks(
  root: string,
  files: readonly string[],
  base = "/",
  origin = "http://localhost:4321",
): Promise<BrokenLink[]> {
  const existing = new Set(files);
  const pages = files.filter((file) => file.endsWith(".html"));
  const idsByFile = new Map<string, Set<string>>();
  const ids = async (file: string): Promise<Set<string>> => {
    const cached = idsByFile.get(file);
    if (cached) return cached;
    const found = pageIds(await readPage(root, file));
    idsByFile.set(file, found);
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const html = await readPage(root, page);
    const pageUrl = new URL(`${base}${page.replace(/index\.html$/, "")}`, origin);
    for (const { value } of pageLinks(html)) {
      if (value === "" || /^(mailto|tel|data|blob):/i.test(value) || value.startsWith("#:~:")) continue;
      const url = new URL(value, pageUrl);
      if (url.origin !== new URL(origin).origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, link: value, reason: `outside the base path ${base}` });
        continue;
      }
      let target = decodeURIComponent(url.pathname.slice(base.length));
      if (target === "" || target.endsWith("/")) target += "index.html";
      if (!existing.has(target)) {
        broken.push({ page, link: value, reason: `no file ${target}` });
        continue;
      }
      // A fragment directive (`#p3:~:text=…`) is not part of the element id the fragment names.
      const fragment = decodeURIComponent(url.hash.slice(1).split(":~:")[0] ?? "");
      if (fragment && !fragment.startsWith(":~:") && target.endsWith(".html") && !(await ids(target)).has(fragment)) {
        broken.push({ page, link: value, reason: `no element with id "${fragment}" in ${target}` });
      }
    }
  }
  return broken;
}
