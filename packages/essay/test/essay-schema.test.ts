import type { z } from "astro/zod";
import { describe, expect, expectTypeOf, test } from "vitest";
import { essaySchema } from "../src/essay-schema.ts";
import { parseEssay } from "../src/parse-essay.ts";
import type { Essay } from "../src/types.ts";

describe("essaySchema", () => {
  test("is the Essay type, field for field", () => {
    expectTypeOf<z.output<typeof essaySchema>>().toEqualTypeOf<DeepMutable<Essay>>();
  });

  test("accepts a parsed essay unchanged", () => {
    const essay = parseEssay("Title\n\nThe first paragraph says 3 things.\n\nA second one follows it.", {
      slug: "title",
    });
    const plain = JSON.parse(JSON.stringify(essay)) as unknown;
    expect(essaySchema.parse(plain)).toEqual(plain);
  });

  test("rejects a field the model does not have, instead of dropping it", () => {
    const essay = JSON.parse(JSON.stringify(parseEssay("Title\n\nOne paragraph.", { slug: "title" }))) as Record<
      string,
      unknown
    >;
    const result = essaySchema.safeParse({ ...essay, extra: 1 });
    expect(result.success).toBe(false);
  });

  test("rejects a paragraph id that is not one", () => {
    const essay = JSON.parse(JSON.stringify(parseEssay("Title\n\nOne paragraph.", { slug: "title" }))) as {
      paragraphs: { id: string }[];
    };
    const first = essay.paragraphs[0];
    if (first) first.id = "x1";
    expect(essaySchema.safeParse(essay).success).toBe(false);
  });
});

/** `T` with `readonly` removed from object properties (Zod's output objects are mutable). */
type DeepMutable<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepMutable<U>[]
    : { -readonly [K in keyof T]: DeepMutable<T[K]> };
