import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";

/** An import in one workspace that reaches into another's files by path instead of by package name. */
export interface CrossWorkspaceImport {
  /** The importing file, relative to the repository's root. */
  readonly file: string;
  readonly specifier: string;
  /** Where the specifier leads, relative to the repository's root. */
  readonly target: string;
}

const SOURCE = /\.(?:[cm]?[jt]s|tsx|astro)$/;
const SKIP = new Set(["node_modules", "dist", ".astro", ".turbo", "coverage"]);
// Static imports and re-exports, side-effect imports and import() with a literal specifier.
const SPECIFIERS = /\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bimport\s+["']([^"']+)["']/g;

/**
 * Every relative import of a workspace's source files (the `workspaces` of the root
 * package.json at `root`) that leads outside that workspace's folder: workspaces share code
 * through package names, so that each one can move, and its dependencies show in its manifest.
 */
export async function crossWorkspaceImports(root: string): Promise<CrossWorkspaceImport[]> {
  const found: CrossWorkspaceImport[] = [];
  for (const workspace of await workspaceFolders(root)) {
    for (const file of await sourceFiles(workspace)) {
      const text = await readFile(file, "utf8");
      for (const match of text.matchAll(SPECIFIERS)) {
        const specifier = match[1] ?? match[2] ?? match[3] ?? "";
        if (!specifier.startsWith(".")) continue;
        const target = resolve(dirname(file), specifier);
        if (target === workspace || target.startsWith(`${workspace}${sep}`)) continue;
        found.push({ file: relative(root, file), specifier, target: relative(root, target) });
      }
    }
  }
  return found;
}

/** The workspace folders the root package.json lists, with `dir/*` patterns expanded. */
async function workspaceFolders(root: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { workspaces?: string[] };
  const folders: string[] = [];
  for (const pattern of manifest.workspaces ?? []) {
    if (!pattern.endsWith("/*")) {
      folders.push(resolve(root, pattern));
      continue;
    }
    const parent = resolve(root, pattern.slice(0, -2));
    const entries = await readdir(parent, { withFileTypes: true });
    folders.push(...entries.filter((entry) => entry.isDirectory()).map((entry) => join(parent, entry.name)));
  }
  return folders;
}

async function sourceFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(path)));
    else if (SOURCE.test(entry.name)) files.push(path);
  }
  return files;
}
