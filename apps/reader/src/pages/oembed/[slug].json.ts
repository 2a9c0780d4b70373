import type { Essay } from "@scholia/essay";
import type { APIRoute, GetStaticPaths } from "astro";
import { essayOembed } from "../../lib/oembed.ts";
import { essayPaths } from "../../lib/passage-paths.ts";
import { jsonResponse } from "../../lib/static-responses.ts";

export const getStaticPaths = (() => essayPaths()) satisfies GetStaticPaths;

/** `/oembed/<slug>.json`: the static oEmbed response (type `link`) for an essay's reading page. */
export const GET: APIRoute<{ essay: Essay }> = ({ props }) => jsonResponse(essayOembed(props.essay));
