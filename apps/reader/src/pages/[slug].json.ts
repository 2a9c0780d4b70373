import type { APIRoute, GetStaticPaths } from "astro";
import { essayRecord } from "../lib/essay-record.ts";
import { essayPaths } from "../lib/passage-paths.ts";
import { jsonResponse } from "../lib/static-responses.ts";

export const getStaticPaths = (() => essayPaths()) satisfies GetStaticPaths;

/** `/<slug>.json`: the whole essay model with canonical URLs. */
export const GET: APIRoute<Awaited<ReturnType<typeof essayPaths>>[number]["props"]> = ({ props }) =>
  jsonResponse(essayRecord(props.essay));
