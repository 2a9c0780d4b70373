import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type StaticServer, serveStatic } from "../src/static-server.ts";

let parent: string;
let server: StaticServer;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), "test-support-"));
  const root = join(parent, "site");
  await mkdir(join(root, "essay"), { recursive: true });
  await writeFile(join(root, "index.html"), "<h1>Library</h1>");
  await writeFile(join(root, "essay", "index.html"), "<h1>Essay</h1>");
  await writeFile(join(root, "essay.json"), "{}");
  await writeFile(join(parent, "secret.txt"), "outside the root");
  server = await serveStatic(root, "/prefix/");
});

afterAll(async () => {
  await server?.close();
});

const get = (path: string): Promise<Response> => fetch(`${server.origin}${path}`);

describe("serveStatic", () => {
  test("serves a folder's index.html for its path, as a static host does", async () => {
    const response = await get("/prefix/essay/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    await expect(response.text()).resolves.toBe("<h1>Essay</h1>");
    await expect((await get("/prefix/")).text()).resolves.toBe("<h1>Library</h1>");
  });

  test("lets other origins fetch the JSON records, and only them", async () => {
    expect((await get("/prefix/essay.json")).headers.get("access-control-allow-origin")).toBe("*");
    expect((await get("/prefix/essay/")).headers.get("access-control-allow-origin")).toBeNull();
  });

  test("answers 404 outside the base path and for missing files", async () => {
    expect((await get("/essay/")).status).toBe(404);
    expect((await get("/prefix/missing/")).status).toBe(404);
  });

  test("never serves a file above its root, however the path is spelled", async () => {
    for (const path of ["/prefix/../secret.txt", "/prefix/%2e%2e/secret.txt", "/prefix/..%2Fsecret.txt"]) {
      const response = await get(path);
      expect(response.status).toBe(404);
    }
  });
});
