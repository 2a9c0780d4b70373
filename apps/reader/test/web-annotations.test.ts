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

describe("annotationCollection, the W3C SHOULDs", () => {
  const edited = {
    ...annotated,
    edition: { editor: "Rosa Marginalia", created: "2024-03-05", modified: "2024-06-01" },
  };

  test("names the editor as creator, the notes file's dates, and Scholia with its version as generator", () => {
    const [note] = annotationCollection(edited).first.items;
    expect(note?.creator).toEqual({ type: "Person", name: "Rosa Marginalia" });
    expect(note?.created).toBe("2024-03-05");
    expect(note?.modified).toBe("2024-06-01");
    expect(note?.generator).toMatchObject({ type: "Software", name: "Scholia" });
    expect(note?.generator.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("names the site as creator, and no dates, when nobody is named", () => {
    const [note] = annotationCollection(annotated).first.items;
    expect(note?.creator).toEqual({ id: "http://localhost:4321/", type: "Organization", name: "Scholia" });
    expect(note).not.toHaveProperty("created");
    expect(note).not.toHaveProperty("modified");
  });

  test("gives every quote selector the text just before and after it, and every body a language", () => {
    const [note] = annotationCollection(annotated).first.items;
    const [quote] = note?.target.selector ?? [];
    const text = paragraph(annotated, 2).text;
    const at = text.indexOf("a cease-fire first");
    // The quote starts near its paragraph's beginning: the prefix runs on into the paragraph before.
    expect(quote?.prefix.endsWith(`\n${text.slice(0, at)}`)).toBe(true);
    expect(quote?.prefix).toHaveLength(32);
    // And the suffix runs on into the paragraph after.
    expect(quote?.suffix.startsWith(`${text.slice(at + "a cease-fire first".length)}\n`)).toBe(true);
    expect(quote?.suffix).toHaveLength(32);
    expect(note?.body.language).toBe(annotated.lang ?? "en");
  });

  test("links the page to its collection (partOf) and the collection to its last page", () => {
    const collection = annotationCollection(annotated);
    expect(collection.first.partOf).toEqual({ id: collection.id, total: 1 });
    expect(collection.last).toBe(collection.first.id);
  });
});
