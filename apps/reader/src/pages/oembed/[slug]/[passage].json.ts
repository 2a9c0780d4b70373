import type { APIRoute, GetStaticPaths } from "astro";
import { headlineCaveat } from "../../../lib/headline-caveat.ts";
import { oembedResponse } from "../../../lib/oembed.ts";
import { type PassageProps, passagePaths } from "../../../lib/passage-paths.ts";
import { passageRecord } from "../../../lib/passage-record.ts";
import { jsonResponse } from "../../../lib/static-responses.ts";

export const getStaticPaths = (() => passagePaths()) satisfies GetStaticPaths;

/** `/oembed/<slug>/p<n>.json`: the static oEmbed response (type `rich`) for a passage. */
export const GET: APIRoute<PassageProps> = ({ props }) =>
  jsonResponse(oembedResponse(passageRecord(props.essay, props.paragraph), headlineCaveat(props.essay)?.short));
