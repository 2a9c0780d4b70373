let byName: Map<string, string> | undefined;

/**
 * The BCP 47 code for a language given by its English name ("French" → "fr"), or the value
 * itself when it already is a code; `undefined` when it is neither. Names come from
 * `Intl.DisplayNames`, so every two-letter ISO 639-1 language is known.
 */
export function languageCode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(trimmed)) return trimmed;
  if (!byName) byName = namesToCodes();
  return byName.get(trimmed.toLowerCase());
}

function namesToCodes(): Map<string, string> {
  const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  const map = new Map<string, string>();
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const name = names.of(code);
      if (name) map.set(name.toLowerCase(), code);
    }
  }
  return map;
}
