import type { APIRoute, GetStaticPaths } from "astro";
import { essayPaths } from "../../lib/passage-paths.ts";
import { jsonResponse } from "../../lib/static-responses.ts";
import { annotationCollection } from "../../lib/web-annotations.ts";

export const getStaticPaths = (() => essayPaths()) satisfies GetStaticPaths;

/** `/<slug>/annotations.jsonld`: the essay's notes as a W3C Web Annotation collection. */
export const GET: APIRoute<Awaited<ReturnType<typeof essayPaths>>[number]["props"]> = ({ props }) =>
  jsonResponse(annotationCollection(props.essay), 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
