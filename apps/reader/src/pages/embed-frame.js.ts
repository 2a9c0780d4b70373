import source from "@scholia/embed/frame.js?raw";
import type { APIRoute } from "astro";
import { scriptResponse } from "../lib/static-responses.ts";

/** `/embed-frame.js`: the script each iframe page runs to report its height to the embedding page. */
export const GET: APIRoute = () => scriptResponse(source);
