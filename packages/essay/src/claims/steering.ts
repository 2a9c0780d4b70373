import type { Token } from "./tokens.ts";
import { CONNECTORS } from "./word-classes.ts";

// Lead-ins that steer the reader or assert in future form: the tagger judges what follows them.
// Each is a regular expression over lower-case tokens joined by spaces, anchored at the start.
const LEAD_INS: readonly RegExp[] = [
  /^(?:consider|imagine|suppose|note|notice|observe|remember|recall|recollect|picture|assume|compare|reflect on|look at|think of|think about)(?! to )(?: ,)?(?: that| how| what)?(?= )/,
  /^(?:let us|let's|let me) (?:now |first |briefly |then )?(?:examine|consider|look at|look|turn to|turn|suppose|imagine|assume|begin by|begin|start by|start|return to|pause|recall|remember|note|see|compare|review|be clear|take|grant|concede)(?: ,)?(?: that| how| what)?(?= )/,
  /^it is (?:worth|worthwhile) (?:noting|remembering|recalling|asking|considering|emphasizing|emphasising|stressing|pointing out|recognizing|recognising|repeating)(?: ,)?(?: that)?(?= )/,
  /^it is (?:important|crucial|essential|vital|necessary|useful|helpful|instructive) to (?:note|remember|recall|recognize|recognise|understand|stress|emphasize|emphasise|bear in mind|keep in mind|realize|realise|see|point out)(?: ,)?(?: that)?(?= )/,
  /^it (?:should|ought to|must|may|can|might) (?:also )?be (?:noted|remembered|recalled|observed|emphasized|emphasised|stressed|said|borne in mind|kept in mind|understood|recognized|recognised|added|mentioned|remarked|seen|urged)(?: ,)?(?: that)?(?= )/,
  /^it will (?:not )?be (?:\w+ly )?(?:found|seen|observed|perceived|remembered|recollected|recalled|allowed|admitted|granted|acknowledged|denied|evident|obvious|apparent|clear|shown|noticed|understood|remarked)(?: ,)?(?: that)?(?= )/,
  /^(?:i|we) (?:would |will |must |do |can )?(?:argue|believe|think|contend|submit|maintain|hold|insist|suspect|expect|fear|say|answer|reply|conclude)(?: ,)?(?: that)?(?= )/,
  /^(?:i|we) (?:shall|will) (?:now |next |first |briefly |then )?(?:proceed to \w+|examine|consider|endeavor to \w+|endeavour to \w+|attempt to \w+|show|inquire|inquire into|observe|begin|turn to|take notice of|offer|add)(?: ,)?(?: that| how| what| whether)?(?= )/,
  /^let it (?:be|not be) (?:remembered|observed|noted|recollected|considered|supposed|granted|understood)(?: ,)?(?: that)?(?= )/,
  /^(?:hence |thus |so )?it (?:\w+ly )?(?:appears|follows|seems|results)(?: ,)?(?: that)?(?= )/,
  /^it is (?:\w+ly )?(?:evident|clear|plain|manifest|obvious|certain)(?: ,)? that(?= )/,
  /^it is (?:also )?to be (?:remembered|observed|noted|recollected|considered|understood)(?: ,)?(?: that)?(?= )/,
  /^it (?:cannot|can not|can't) be (?:denied|doubted|disputed)(?: ,)?(?: that)?(?= )/,
  /^(?:the (?:fact|truth|reality|point) (?:of the matter )?is|suffice it to say|needless to say)(?: simply)?(?: ,)?(?: that)?(?= )/,
];

// The first words of the lead-ins above: a cheap test before the regular expressions run.
const FIRST_WORDS = new Set(
  "consider imagine suppose note notice observe remember recall recollect picture assume compare reflect look think let let's it i we the suffice needless hence thus so".split(
    " ",
  ),
);

/** The number of leading tokens (connectors included) that only steer the reader, or 0. */
export function steeringLength(tokens: readonly Token[]): number {
  let skip = 0;
  while (skip < tokens.length && (CONNECTORS.has(tokens[skip]?.lower ?? "") || tokens[skip]?.lower === ",")) skip++;
  if (!FIRST_WORDS.has(tokens[skip]?.lower ?? "") && !FIRST_WORDS.has(tokens[0]?.lower ?? "")) return 0;
  const rest = tokens.slice(skip, skip + 12).map((token) => token.lower);
  const text = `${rest.join(" ")} `;
  for (const pattern of LEAD_INS) {
    const match = pattern.exec(text);
    if (match) return skip + match[0].split(" ").length;
  }
  return 0;
}
