import { describe, expect, test } from "vitest";
import { realign } from "../../scripts/labels/realign.ts";
import { sentenceHash } from "../../scripts/labels/sentence-hash.ts";
import { anchorSentences } from "../../scripts/labels/source-anchor.ts";
import type { LabelFile, StoredLabel } from "../../scripts/labels/store.ts";
import { parseEssay } from "../../src/parse-essay.ts";

const SOURCE = "A Title\n\nThe first claim stands here. It has a twin . . . Which follows.\n\nThe last one ends it.\n";

function label(text: string, kind: StoredLabel["kind"], id: string): StoredLabel {
  const [source] = anchorSentences(SOURCE, [text]);
  return {
    id,
    paragraph: 0,
    start: 0,
    end: 0,
    ...(source && { source }),
    hash: sentenceHash(text),
    kind,
    thesis: false,
  };
}

describe("realign", () => {
  const essay = parseEssay(SOURCE, { slug: "t" });
  // Labelled when the splitter still cut at the ellipsis: two sentences where there is now one.
  const store: LabelFile = {
    file: "t.txt",
    sha256: "",
    genre: "test",
    passes: ["passA"],
    labels: [
      label("The first claim stands here.", "assessment", "p1.s1"),
      label("It has a twin . . .", "evidence", "p1.s2"),
      label("Which follows.", "prediction", "p1.s3"),
      label("The last one ends it.", "concession", "p2.s1"),
    ],
  };
  const result = realign(store, SOURCE, essay.paragraphs);

  test("places unchanged sentences by their hash", () => {
    expect(result.sentences.filter((entry) => entry.how === "hash").map((entry) => entry.label?.id)).toEqual([
      "p1.s1",
      "p2.s1",
    ]);
  });

  test("places a sentence whose boundaries changed by its overlap in the source", () => {
    const merged = result.sentences.find((entry) => entry.how === "overlap");
    expect(merged?.label?.id).toBe("p1.s2");
  });

  test("reports the label it could not place", () => {
    expect(result.unplaced.map((entry) => entry.id)).toEqual(["p1.s3"]);
  });
});

describe("anchorSentences", () => {
  test("finds sentences in the source through markup and line wrapping", () => {
    const source = "Some *emphasis* here,\nwrapped. And [a link](http://x.org) too.";
    const [first, second] = anchorSentences(source, ["Some emphasis here, wrapped.", "And a link too."]);
    expect(source.slice(...(first ?? [0, 0]))).toBe("Some *emphasis* here,\nwrapped");
    expect(second?.[0]).toBe(source.indexOf("And"));
  });
});
