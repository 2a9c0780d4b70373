import { expect, test } from "vitest";
import * as api from "../src/index.ts";
import * as loader from "../src/loader.ts";

// The package's public API, pinned: a name added or removed here is a change every consumer sees,
// so it has to be made on purpose (and noted in the README's model section).
test("exports exactly the public runtime API", () => {
  expect(Object.keys(api).sort()).toEqual([
    "CLAIM_KINDS",
    "ESSAY_ERRORS",
    "EssayError",
    "attachNotes",
    "isClaimId",
    "isEssayError",
    "isEssaySlug",
    "isParagraphId",
    "libraryCrossRefs",
    "parseEssay",
    "readEssayFile",
  ]);
});

test("the loader entry point exports only the loader", () => {
  expect(Object.keys(loader).sort()).toEqual(["essayLoader"]);
});
