/**
 * Keeps the reader's choice of marked claim kinds: in the URL (`?kinds=evidence`, so a link
 * shares it) and in localStorage (so the next essay opens the same way). The URL wins.
 */
const PARAM = "kinds";
const KEY = "scholia:kinds";
const select = document.querySelector<HTMLSelectElement>("select#kind");

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

if (select) {
  const url = new URL(window.location.href);
  const wanted = url.searchParams.get(PARAM) ?? stored();
  if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  select.addEventListener("change", () => {
    const chosen = select.value;
    try {
      localStorage.setItem(KEY, chosen);
    } catch {
      // Storage may be off (private windows): the URL still keeps the choice.
    }
    const next = new URL(window.location.href);
    if (chosen === "none") next.searchParams.delete(PARAM);
    else next.searchParams.set(PARAM, chosen);
    history.replaceState(history.state, "", next);
  });
}
