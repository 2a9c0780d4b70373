import { loadPagefind } from "./search-pagefind.ts";
import { mountSearchPanel } from "./search-panel.ts";
import { paramsFromState, stateFromParams } from "./search-state.ts";

/** Mounts the search panel on the search page, opening on `?q=` and keeping the address in step. */
export function mountSearchPage(root: HTMLElement): void {
  void loadPagefind();
  const panel = mountSearchPanel(root, {
    initial: stateFromParams(new URLSearchParams(location.search)),
    // The address follows the search, so it can be shared or bookmarked as it stands.
    onSearch: (state) => {
      const query = paramsFromState(state).toString();
      history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}`);
    },
  });
  panel.focus();
}
