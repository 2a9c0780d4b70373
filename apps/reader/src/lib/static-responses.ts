/** A JSON response for a static endpoint, pretty-printed so people can read the files too. */
export function jsonResponse(value: unknown, contentType = "application/json"): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { "content-type": `${contentType}; charset=utf-8` },
  });
}

/** A JavaScript response for a bundled script, without its `sourceMappingURL` comment (the maps are not published). */
export function scriptResponse(source: string): Response {
  return new Response(source.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n"), {
    headers: { "content-type": "text/javascript; charset=utf-8" },
  });
}
