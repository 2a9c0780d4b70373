import { afterAll } from "vitest";
import { removeTempFolders } from "./build-site.ts";

// Set up before every browser test file (vitest.config.ts): the essays and sites it built in the
// system's temporary folder go when its tests are done, so CI machines do not fill up with them.
afterAll(removeTempFolders);
