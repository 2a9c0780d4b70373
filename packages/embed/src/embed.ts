import { defineScholiaPassage } from "./scholia-passage.ts";

export { ScholiaPassage } from "./scholia-passage.ts";

defineScholiaPassage();
