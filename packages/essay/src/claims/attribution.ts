import { isRegardingWord, isReportingWord, usedAsVerb } from "./reporting-verbs.ts";
import type { SentenceView } from "./sentence-view.ts";
import type { Token } from "./tokens.ts";
import { AUTHOR_SUBJECTS, DETERMINERS, PREPOSITIONS } from "./word-classes.ts";

// Views set up to be rejected, with or without a reporting verb.
const SET_UP: readonly RegExp[] = [
  /\bconventional wisdom\b/,
  /^(?:[a-z]+ ,? )?the (?:usual|standard|conventional|common|popular|prevailing|received|official|orthodox|traditional|familiar|dominant) (?:view|wisdom|argument|plan|answer|story|narrative|line|assumption|approach|explanation|thinking|position|account|recipe|prescription|claim|objection)\b/,
  /\bit (?:is|has been|was) (?:often |commonly |widely |frequently |sometimes |generally |usually |popularly |long |repeatedly )?(?:said|argued|claimed|believed|assumed|held|thought|supposed|asserted|objected|alleged|suggested)\b/,
  /\bit (?:may|might|will|can) (?:perhaps )?be (?:said|objected|argued|urged|replied|alleged|asked|contended|insisted)\b/,
  /\bwe (?:are|have been) (?:often |constantly |repeatedly |frequently |always )?told\b/,
  /\bthere are (?:those|some|many) who\b/,
  /\bthe (?:argument|story|thinking|reasoning) (?:goes|runs)\b/,
];

const AS_SOURCE =
  /(?:^|, |: )as (?:[\w.'’-]+ ){1,8}?(?:said|says|told|tells|noted|notes|put it|puts it|wrote|writes|argued|argues|observed|observes|remarked|explained|explains|warned|warns|insisted|insists|claimed|claims|declared|stated|reported|acknowledged|admitted|recalled)\b/;

const OTHER_SOURCE = /\b(?:according to|in the words of)\b/;

/** Cues that the sentence reports what another party says, believes, fears or wants; empty when none. */
export function attributionCues(view: SentenceView): string[] {
  const { tokens, roles } = view;
  for (let i = view.head; i < tokens.length; i++) {
    if (roles[i] !== "main") continue;
    const word = tokens[i]?.lower ?? "";
    if (isRegardingWord(word) && regardsAs(view, i)) return [`reporting-verb:${word} … as`];
    if (/^points?$|^pointed$/.test(word) && tokens[i + 1]?.lower === "out") return [`reporting-verb:${word} out`];
    if (!isReportingWord(word) || !usedAsVerb(tokens, i)) continue;
    if (isAbility(tokens, i)) continue;
    if (authorSpeaks(tokens, view.head, i) || recordSpeaks(tokens, view.head, i)) continue;
    return [`reporting-verb:${word}`, ...reportShape(tokens, view.head, i)];
  }
  const source = AS_SOURCE.exec(view.lead) ?? OTHER_SOURCE.exec(view.lead);
  if (source) return [`source:${source[0].replace(/^[,:]? ?/, "")}`];
  for (const pattern of SET_UP) {
    const match = pattern.exec(view.main);
    if (match) return [`set-up:${match[0]}`];
  }
  return [];
}

// "I believe", "we fear": the author's own voice, not a report of another party.
function authorSpeaks(tokens: readonly Token[], head: number, verb: number): boolean {
  const subject = tokens.slice(head, verb).map((token) => token.lower);
  return subject.length <= 3 && subject.some((word) => AUTHOR_SUBJECTS.has(word));
}

// "few could have predicted", "no one can say": the author's judgement of what could be known.
function isAbility(tokens: readonly Token[], i: number): boolean {
  const before = tokens
    .slice(Math.max(0, i - 3), i)
    .map((token) => token.lower)
    .join(" ");
  return /\b(?:could|would|might) (?:not )?have$|\b(?:can|cannot|can't|could not|couldn't)(?: not)?$/.test(before);
}

// "The data tell a different story": records and history "speak" only as the author reads them.
const RECORDS = new Set([
  "data",
  "figures",
  "numbers",
  "evidence",
  "facts",
  "history",
  "record",
  "results",
  "statistics",
  "experience",
  "research",
]);

function recordSpeaks(tokens: readonly Token[], head: number, verb: number): boolean {
  return tokens.slice(head, verb).some((token) => RECORDS.has(token.lower));
}

function regardsAs(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  if (!usedAsVerbLoosely(tokens, i)) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 14); j++) {
    if (tokens[j]?.lower === "as") return true;
    if (tokens[j]?.lower === "," || tokens[j]?.lower === ";") return false;
  }
  return false;
}

function usedAsVerbLoosely(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.lower ?? "";
  return !DETERMINERS.has(previous) && !PREPOSITIONS.has(previous) && !authorSpeaks(tokens, Math.max(0, i - 3), i);
}

// Whose words the report gives: "it is said that" (nobody's in particular), "they / many people /
// critics argue" (a party other than the author), or a clause that follows the verb ("… that …").
const OTHER_PARTIES = new Set([
  "they",
  "he",
  "she",
  "people",
  "some",
  "many",
  "others",
  "those",
  "critics",
  "opponents",
  "advocates",
  "supporters",
  "proponents",
  "skeptics",
  "sceptics",
  "economists",
  "experts",
  "officials",
  "observers",
  "commentators",
  "everyone",
  "most",
]);

// What may stand between "it" and the verb of an impersonal report: "it has often been said",
// never an adjective and "to" ("it is folly to argue" is the author's judgement).
const IMPERSONAL_FILLER =
  /^(?:is|was|be|been|being|has|have|had|may|might|can|could|will|would|must|should|not|also|often|long|now|further|\p{L}+ly)$/u;

function reportShape(tokens: readonly Token[], head: number, verb: number): string[] {
  const shapes: string[] = [];
  const subject = tokens.slice(head, verb).map((token) => token.lower);
  if (
    subject[0] === "it" &&
    subject.some((word) => /^(?:is|was|be|been|being)$/.test(word)) &&
    subject.slice(1).every((word) => IMPERSONAL_FILLER.test(word))
  )
    shapes.push(`impersonal:${[...subject, tokens[verb]?.lower ?? ""].join(" ")}`);
  else if (subject.some((word) => OTHER_PARTIES.has(word))) shapes.push(`other-party:${subject.join(" ")}`);
  if (tokens[verb + 1]?.lower === "that") shapes.push(`that-clause:${tokens[verb]?.lower ?? ""} that`);
  return shapes;
}
