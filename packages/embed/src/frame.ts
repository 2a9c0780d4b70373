import { reportHeight } from "./frame-reporter.ts";

reportHeight(window);
