import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** How many files a folder holds (recursively) and their total size. */
export interface FolderSize {
  readonly files: number;
  readonly bytes: number;
}

/** Counts the files under `folder` and sums their sizes; a missing folder is empty. */
export async function folderSize(folder: string): Promise<FolderSize> {
  let entries: string[];
  try {
    entries = await readdir(folder, { recursive: true });
  } catch {
    return { files: 0, bytes: 0 };
  }
  let files = 0;
  let bytes = 0;
  for (const entry of entries) {
    const info = await stat(join(folder, entry));
    if (!info.isFile()) continue;
    files++;
    bytes += info.size;
  }
  return { files, bytes };
}
