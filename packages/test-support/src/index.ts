export { astroBuildCommand, astroCli, buildEnvironment } from "./astro-cli.ts";
export { CHROMIUM_FLAGS, chromiumPath, launchBrowser } from "./browser.ts";
export { type BuiltCollection, buildCollections, type Collection } from "./collections.ts";
export { type BuildResult, buildSite, type SiteBuildOptions } from "./site-build.ts";
export { type StaticServer, serveStatic } from "./static-server.ts";
