import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonld": "application/ld+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** A running static file server for a built site. */
export interface StaticServer {
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 (a free port) the way a static host does: `/x/` serves
 * `x/index.html`, and everything lives under `base`.
 */
export async function serveStatic(root: string, base = "/"): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return notFound(response);
    path = normalize(path.slice(base.length - 1));
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      await stat(file);
    } catch {
      return notFound(response);
    }
    // As the site's _headers allows: other origins may fetch the records and load the embed modules.
    const cors = /\.json(ld)?$|\/embed(-host)?\.js$/.test(file) ? { "access-control-allow-origin": "*" } : {};
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...cors });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(response: import("node:http").ServerResponse): void {
  response.writeHead(404, { "content-type": "text/plain" });
  response.end("not found");
}
