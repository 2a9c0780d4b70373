import { focusInFrame } from "./frame-links.ts";
import { reportHeight } from "./frame-reporter.ts";

reportHeight(window);
focusInFrame(window);
