import { isEssayError } from "./errors.ts";
import { readEssayFile } from "./read-essay-file.ts";

const USAGE = "usage: scholia-essay parse FILE   (prints the essay model as JSON)";

/** Runs the command line: `scholia-essay parse FILE`. Returns the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const [command, file, ...rest] = args;
  if (command === "--help" || command === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== "parse" || !file || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const essay = await readEssayFile(file);
    process.stdout.write(`${JSON.stringify(essay, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = isEssayError(error) ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`scholia-essay: ${message.split("\n").join(" ")}\n`);
    return 1;
  }
}
