import { installHost } from "./host-resizer.ts";

installHost(window);
