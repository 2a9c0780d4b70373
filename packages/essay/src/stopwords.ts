/**
 * English function words: left out when measuring which words an essay keeps returning to (thesis
 * centrality) and when comparing paragraphs (cross-references). One list for both.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although am among an and another any are as at be
because been before being below between both but by can could did do does doing down during each
even every few for from further had has have having he her here hers herself him himself his how i
if in into is it its itself just less may me might more most much must my myself never no nor not
nothing now of off on once one only or other ought our ours ourselves out over own same she should
since so some still such than that the their theirs them themselves then there these they this
those through to too under until up upon very was we were what when where whether which while who
whom why will with within without would yet you your yours yourself`.split(/\s+/),
);
