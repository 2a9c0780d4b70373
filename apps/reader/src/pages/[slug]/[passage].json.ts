import type { APIRoute, GetStaticPaths } from "astro";
import { type PassageProps, passagePaths } from "../../lib/passage-paths.ts";
import { passageRecord } from "../../lib/passage-record.ts";
import { jsonResponse } from "../../lib/static-responses.ts";

export const getStaticPaths = (() => passagePaths()) satisfies GetStaticPaths;

/** `/<slug>/p<n>.json`: the passage record that `<scholia-passage>` renders. */
export const GET: APIRoute<PassageProps> = ({ props }) => jsonResponse(passageRecord(props.essay, props.paragraph));
