import { describe, expect, test } from "vitest";
import { isEmpty, pagefindFilters, paramsFromState, stateFromParams } from "../src/scripts/search-state.ts";

describe("search state in the URL", () => {
  test.each([
    ["q=prisoner", { query: "prisoner", filters: { kind: [], actor: [], essay: [] } }],
    [
      "q=decree&kind=evidence&kind=prediction",
      { query: "decree", filters: { kind: ["evidence", "prediction"], actor: [], essay: [] } },
    ],
    ["actor=Kyiv+and+Moscow", { query: "", filters: { kind: [], actor: ["Kyiv and Moscow"], essay: [] } }],
  ])("reads %j", (search, state) => {
    expect(stateFromParams(new URLSearchParams(search))).toEqual(state);
    expect(paramsFromState(state).toString()).toBe(search);
  });

  test("an empty search has nothing to look up, and no filters for Pagefind", () => {
    const state = stateFromParams(new URLSearchParams(""));
    expect(isEmpty(state)).toBe(true);
    expect(pagefindFilters(state)).toEqual({});
  });

  test("passes only the chosen filters to Pagefind, each value required", () => {
    const state = stateFromParams(new URLSearchParams("q=x&kind=evidence&kind=assessment"));
    expect(pagefindFilters(state)).toEqual({ kind: ["evidence", "assessment"] });
  });
});
