import { words } from "./word-classes.ts";

/** Common English function words, left out when measuring which words an essay keeps returning to. */
export const STOPWORDS = words(
  "about above after again against also although among another because been before being below between both could does doing down during each even every from further have having here into itself just more most much must myself never nothing once only other ought over same should since some still such than that their them themselves then there these they this those through under until upon very were what when where whether which while will with within without would your yours",
);
