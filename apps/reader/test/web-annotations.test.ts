import { describe, expect, test } from "vitest";
import { annotationCollection } from "../src/lib/web-annotations.ts";
import { annotated, bundled, paragraph } from "./fixtures.ts";

describe("annotationCollection", () => {
  test("is an empty AnnotationCollection for an essay without notes", () => {
    expect(annotationCollection(bundled)).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      total: 0,
      first: { type: "AnnotationPage", items: [] },
    });
  });

  test("holds one commenting Annotation per note, targeting the reading page by quote and by position", () => {
    const collection = annotationCollection(annotated);
    expect(collection.total).toBe(1);
    const [note] = collection.first.items;
    const text = paragraph(annotated, 2).text;
    expect(note).toMatchObject({
      type: "Annotation",
      motivation: "commenting",
      body: { type: "TextualBody", value: "A pause in fighting agreed by both sides.", format: "text/plain" },
      target: { source: "http://localhost:4321/talks/" },
    });
    const [quote, fragment] = note?.target.selector ?? [];
    expect(quote).toMatchObject({ type: "TextQuoteSelector", exact: "a cease-fire first" });
    expect(fragment).toMatchObject({ type: "FragmentSelector", value: "p2" });
    const { start, end } = fragment?.refinedBy ?? { start: 0, end: 0 };
    expect(fragment?.refinedBy.type).toBe("TextPositionSelector");
    expect(text.slice(start, end)).toBe("a cease-fire first");
  });
});
