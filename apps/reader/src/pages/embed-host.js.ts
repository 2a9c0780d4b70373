import source from "@scholia/embed/host.js?raw";
import type { APIRoute } from "astro";
import { scriptResponse } from "../lib/static-responses.ts";

/** `/embed-host.js`: the script an embedding page loads to size `<iframe data-scholia-embed>` to its passage. */
export const GET: APIRoute = () => scriptResponse(source);
