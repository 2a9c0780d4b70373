/** The longest `<title>` search engines show in full, and the limit html-validate's `long-title` rule enforces. */
export const TITLE_LIMIT = 70;

/**
 * A page's `<title>`: the page's own title, then the site's name, the page's title shortened with
 * "…" (at a character, never inside a surrogate pair) so that the whole fits in 70 characters.
 * @example fitTitle("Claims in “On Talks”") // "Claims in “On Talks” · Scholia"
 */
export function fitTitle(title: string, siteName = "Scholia"): string {
  if (title === siteName) return title;
  const suffix = ` · ${siteName}`;
  const room = TITLE_LIMIT - suffix.length;
  if (title.length <= room) return `${title}${suffix}`;
  // Cut by whole code points while the UTF-16 length (what html-validate counts) fits.
  let fitted = "";
  for (const char of title) {
    if (fitted.length + char.length > room - 1) break;
    fitted += char;
  }
  return `${fitted.trimEnd()}…${suffix}`;
}
