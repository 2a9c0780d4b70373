import source from "@scholia/embed/embed.js?raw";
import type { APIRoute } from "astro";
import { scriptResponse } from "../lib/static-responses.ts";

/** `/embed.js`: the `<scholia-passage>` module, as `@scholia/embed` bundles it. */
export const GET: APIRoute = () => scriptResponse(source);
