import { formatReport, isEssayError } from "./errors.ts";
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
  // A reader that stops early (`| head`) closes the pipe: that ends the output, it is no error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  try {
    const essay = await readEssayFile(file);
    process.stdout.write(`${JSON.stringify(essay, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!isEssayError(error)) throw error;
    // The fact on one line, the fix on a `↳` line below it; the code frame, when known, last.
    const frame = error.frame ? `\n${error.frame}` : "";
    process.stderr.write(`scholia-essay: ${formatReport(error)}${frame}\n`);
    return 1;
  }
}
