/** Function words that carry no topic: left out of similarity and back-reference matching. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each even few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just less may me might more most much must my myself no nor not now of off on once one only or
other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up upon very was we were
what when where which while who whom why will with would yet you your yours yourself`.split(/\s+/),
);
