import { CONNECTORS, DETERMINERS, PREPOSITIONS, SUBORDINATORS, words } from "../claims/word-classes.ts";

/** Function words that open sentences: capitalised there, never names. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CONNECTORS,
  ...SUBORDINATORS,
  ...words(
    "i we you he she it they me us them there here as since before after until if not nor even only just yes no why how what who when where whether despite",
  ),
]);
