import { canBeAdjective } from "../lexicon.ts";
import { type ReportSubject, reportSubject, subjectIndex } from "./report-subject.ts";
import {
  isCensureWord,
  isRegardingWord,
  isReportingWord,
  needsComplement,
  needsThat,
  usedAsVerb,
} from "./reporting-verbs.ts";
import type { SentenceView } from "./sentence-view.ts";
import type { Token } from "./tokens.ts";
import { AUTHOR_SUBJECTS, DETERMINERS, PREPOSITIONS } from "./word-classes.ts";

// Views set up to be rejected, with or without a reporting verb.
// Each with the words one of which it cannot match without: most sentences have none of them.
const SET_UP: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bconventional wisdom\b/, ["conventional wisdom"]],
  [
    /^(?:[a-z]+ ,? )?the (?:usual|standard|conventional|common|popular|prevailing|received|official|orthodox|traditional|familiar|dominant) (?:view|wisdom|argument|plan|answer|story|narrative|line|assumption|approach|explanation|thinking|position|account|recipe|prescription|claim|objection)\b/,
    ["the "],
  ],
  [
    /\bit (?:is|has been|was) (?:often |commonly |widely |frequently |sometimes |generally |usually |popularly |long |repeatedly )?(?:said|argued|claimed|believed|assumed|held|thought|supposed|asserted|objected|alleged|suggested)\b/,
    ["it "],
  ],
  [
    /\bit (?:may|might|will|can) (?:perhaps )?be (?:said|objected|argued|urged|replied|alleged|asked|contended|insisted)\b/,
    [" be "],
  ],
  [/\bwe (?:are|have been) (?:often |constantly |repeatedly |frequently |always )?told\b/, ["told"]],
  [/\bthere are (?:those|some|many) who\b/, ["there are"]],
  [/\bthe (?:argument|story|thinking|reasoning) (?:goes|runs)\b/, ["goes", "runs"]],
  // "Two concerns might be raised", "grave doubts have been entertained": objections without a speaker.
  [
    /\b(?:objections?|concerns?|questions?|doubts?|criticisms?|complaints?|fears?|worries) (?:(?:might|may|could|can|will|would|have|has|had|were|was|are|is|often|also|sometimes) ){0,2}(?:be |been )?(?:raised|voiced|expressed|entertained)\b/,
    ["raised", "voiced", "expressed", "entertained"],
  ],
];

const AS_SOURCE =
  /(?:^|, |: )as (?:[\w.'’-]+ ){1,8}?(?:said|says|told|tells|noted|notes|put it|puts it|wrote|writes|argued|argues|observed|observes|remarked|explained|explains|warned|warns|insisted|insists|claimed|claims|declared|stated|reported|acknowledged|admitted|recalled)\b(?= ?(?:[,.:;)]|$)| (?:in|on|at|to|of|about|for|once|earlier|recently|before|later|then|so|well|often|long)(?: [\w'’-]+){0,3} ?[,.:;)])/;
// "as I said", "as we noted": the author citing the essay itself, not a source.
const AS_AUTHOR = /^(?:, |: )?as (?:i|we)\b/;

// "according to" names a source unless it means "in keeping with" ("according to the rules").
const OTHER_SOURCE = /\b(?:according to|in the words of)\b/;
// Whose point of view the sentence takes: "to them, …", "in their view, …".
const VIEWPOINT =
  /\b(?:in the (?:view|eyes|opinion|mind|minds|telling) of|in (?:their|his|her|its) (?:view|eyes|opinion|words|mind|minds|telling|account)|by (?:their|his|her|its) (?:own )?(?:account|reckoning|logic))\b|^to (?:them|him|her) ,/;
const CONFORMITY =
  /\baccording to (?:(?:the|its|their|his|her|our|these|those|this|established|some) )*(?:rules?|laws?|plans?|principles?|schedules?|customs?|standards?|instructions?|procedures?|needs?|abilit(?:y|ies)|forms?|usages?|terms?|manner|nature|circumstances)\b/;

// Nouns that name a held view: followed by a clause that states it ("the assumption that …",
// "the premise was that …"), they report a view the sentence then weighs.
const VIEW_NOUNS = new Set(
  "assumption assumptions premise presumption supposition belief beliefs notion idea view claim contention assertion allegation impression hope hopes fear fears expectation expectations perception thesis myth doctrine dogma narrative critique criticism objection complaint conviction prejudice imagination postulate opinion sentiment proposal suggestion argument theory".split(
    " ",
  ),
);

/** Cues that the sentence reports what another party says, believes, fears or wants; empty when none. */
export function attributionCues(view: SentenceView): string[] {
  const { tokens, roles } = view;
  // "I believe that …", "we think …": the author's lead-in makes what follows the author's view.
  const authorLead = view.steering !== undefined && AUTHOR_LEAD.test(view.steering);
  for (let i = authorLead ? tokens.length : view.head; i < tokens.length; i++) {
    if (roles[i] !== "main") continue;
    const word = tokens[i]?.lower ?? "";
    // Most words are none of these: one lookup says which, before any closer look.
    const kinds = reportKinds(word);
    if (kinds === 0) continue;
    if (kinds === CENSURE_ONLY) {
      if (censures(view, i)) return [`censure:${word} … for`];
      continue;
    }
    if (isRegardingWord(word) && regardsAs(view, i)) return [`reporting-verb:${word} … as`];
    if (POINTS.has(word) && tokens[i + 1]?.lower === "out" && reportsAt(view, i)) return [`reporting-verb:${word} out`];
    const imagined = imaginedObjection(tokens, view.head, i);
    if (imagined) return [`imagined:${imagined}`];
    const participle = reportingParticiple(tokens, i);
    if (!participle && (!isReportingWord(word) || !usedAsVerb(tokens, i))) continue;
    if (participleAfterNoun(tokens, i)) continue;
    if (isAbility(tokens, i) || (needsComplement(word) && !hasComplement(tokens, i) && !postposed(tokens, i))) continue;
    // "They were foolish enough to suppose …", "so rash as to claim …": the main clause's subject.
    const degree = tokens[i - 1]?.lower === "to" && DEGREE.has(tokens[i - 2]?.lower ?? "");
    const at = participle || degree ? mainSubject(view) : subjectIndex(tokens, view.head, i);
    const subject = reportSubject(tokens, at, i);
    // What the author or the reader believes or says is theirs, and so is the clause it governs.
    if (subject.kind === "author" || subject.kind === "reader" || subject.kind === "consensus") break;
    if (!REPORTS.has(subject.kind)) continue;
    // "It was not admitted that …": the author denying a view, not reporting one.
    // "It must be observed that …": the author's own remark in the passive.
    if (subject.kind === "impersonal" && tokens.slice(view.head, i).some((token) => AUTHORIAL.has(token.lower)))
      continue;
    // "It has been justly remarked that …", "as critics rightly say": the author vouches for it.
    if (endorsed(tokens, at, i)) continue;
    if (subject.kind === "thing") return [`thing-reports:${subject.words}`];
    return [`reporting-verb:${word}`, ...reportShape(tokens, subject, at, i)];
  }
  const known = AUTHOR_SUBJECTS.has(tokens[view.head]?.lower ?? "") ? knownReport(view) : undefined;
  if (known) return known;
  const seeming =
    view.lead.includes(" as if ") || view.lead.includes(" as though ") ? asIfTheyThought(view) : undefined;
  if (seeming) return [`as-if-they-thought:${seeming}`];
  const reception = RECEIVED.some((words) => view.main.includes(words)) ? RECEPTION.exec(view.main) : null;
  if (reception) return [`reception:${reception[0]}`];
  const what = view.lead.includes(" what ") ? whatTheySay(view) : undefined;
  if (what) return [`what-they-say:${what}`];
  // A source named inside a quotation is the quoted speaker's, not the sentence's.
  const source = tokens.some((token, k) => SOURCE_WORDS.has(token.lower) && roles[k] !== "complement")
    ? (AS_SOURCE.exec(view.lead) ?? OTHER_SOURCE.exec(view.lead))
    : null;
  if (source && !AS_AUTHOR.test(source[0]) && !(source[0].startsWith("according") && CONFORMITY.test(view.lead)))
    return [`source:${source[0].replace(/^[,:]? ?/, "")}`];
  const viewpoint =
    source === null && tokens.some((token) => SOURCE_WORDS.has(token.lower)) ? VIEWPOINT.exec(view.lead) : null;
  if (viewpoint) return [`viewpoint:${viewpoint[0]}`];
  for (const [pattern, needed] of SET_UP) {
    if (!needed.some((word) => view.main.includes(word))) continue;
    const match = pattern.exec(view.main);
    if (match) return [`set-up:${match[0]}`];
  }
  const held = heldView(tokens, roles, view.head);
  if (held) return [`view-noun:${held}`];
  const acting = actingOnView(view);
  return acting ? [`acts-on-view:${acting}`] : [];
}

// "That is what they told us", "this is what the critics call thrift": the main clause equates
// something with another party's words.
function whatTheySay(view: SentenceView): string | undefined {
  const { tokens } = view;
  for (let k = view.head + 1; k < tokens.length - 2; k++) {
    if (tokens[k]?.lower !== "what" || !COPULAS.has(tokens[k - 1]?.lower ?? "")) continue;
    return phraseToReport(tokens, k, [k + 2, k + 6], k + 1, (word) => isReportingWord(word) || CALLING.has(word));
  }
  return undefined;
}

// The words from `start` to the first verb that `isVerb` accepts in tokens [from, to), when that
// verb's subject (looked for from `subjectFrom`) is another party; else undefined.
function phraseToReport(
  tokens: readonly Token[],
  start: number,
  [from, to]: readonly [number, number],
  subjectFrom: number,
  isVerb: (word: string) => boolean,
): string | undefined {
  for (let j = from; j < Math.min(tokens.length, to); j++) {
    if (!isVerb(tokens[j]?.lower ?? "")) continue;
    const at = subjectIndex(tokens, subjectFrom, j);
    if (at < 0 || !REPORTS.has(reportSubject(tokens, at, j).kind)) return undefined;
    return tokens
      .slice(start, j + 1)
      .map((token) => token.lower)
      .join(" ");
  }
  return undefined;
}

// "I know that some critics fear …", "we have heard that the owners want …": the author knows of
// another party's view; the report is the sentence's content.
function knownReport(view: SentenceView): string[] | undefined {
  const { tokens } = view;
  let that = -1;
  for (let k = view.head + 1; k < Math.min(tokens.length, view.head + 7); k++) {
    const word = tokens[k]?.lower ?? "";
    if (word === "that") {
      that = KNOWING.has(tokens[k - 1]?.lower ?? "") || tokens[k - 1]?.lower === "," ? k : -1;
      break;
    }
  }
  if (that < 0 || !tokens.slice(view.head + 1, that).some((token) => KNOWING.has(token.lower))) return undefined;
  for (let j = that + 2; j < Math.min(tokens.length, that + 7); j++) {
    const word = tokens[j]?.lower ?? "";
    if (!isReportingWord(word) || !usedAsVerb(tokens, j)) continue;
    const at = subjectIndex(tokens, that + 1, j);
    const subject = reportSubject(tokens, at, j);
    if (subject.kind !== "party" && subject.kind !== "name") return undefined;
    return [`reporting-verb:${word}`, ...reportShape(tokens, subject, at, j)];
  }
  return undefined;
}

const KNOWING = new Set(
  "know knew known see saw seen hear heard understand understood recognize recognise realize realise".split(" "),
);

// "They acted as if they thought …", "he talks as though he believed …": conduct read as a view.
function asIfTheyThought(view: SentenceView): string | undefined {
  const { tokens } = view;
  for (let k = view.head + 1; k < tokens.length - 3; k++) {
    if (tokens[k]?.lower !== "as" || (tokens[k + 1]?.lower !== "if" && tokens[k + 1]?.lower !== "though")) continue;
    return phraseToReport(tokens, k, [k + 3, k + 6], k + 2, (word) => BELIEF_WORDS.has(word));
  }
  return undefined;
}

const BELIEF_WORDS = new Set(
  "thought believed supposed imagined expected assumed feared hoped wanted think believe suppose imagine expect assume fear hope want".split(
    " ",
  ),
);

// "The plan was met with derision", "the news is greeted with suspicion": how others took it.
const RECEPTION =
  /\b(?:is|are|was|were|been|be) (?:\w+ly )?(?:met|greeted|received|viewed|regarded) with (?:[\w-]+ ){0,4}?(?:derision|scorn|contempt|ridicule|scepticism|skepticism|suspicion|distrust|mistrust|alarm|concern|dismay|hostility|indifference|enthusiasm|applause|praise|approval|disapproval|outrage|anger|horror|disbelief|incredulity|doubt|doubts|fear|fears|relief|delight|joy)\b/;

const RECEIVED = ["met with", "greeted with", "received with", "viewed with", "regarded with"];

const COPULAS = new Set(["is", "was", "are", "were", "'s"]);
const CALLING = new Set(["call", "calls", "called"]);

const POINTS = new Set(["point", "points", "pointed"]);

// Per word: whether it reports, regards or points (1), or only censures (2), or neither (0); each
// word's answer worked out once.
const CENSURE_ONLY = 2;
const REPORT_KINDS = new Map<string, number>();

function reportKinds(word: string): number {
  let kinds = REPORT_KINDS.get(word);
  if (kinds === undefined) {
    kinds =
      isReportingWord(word) || isRegardingWord(word) || POINTS.has(word) ? 1 : isCensureWord(word) ? CENSURE_ONLY : 0;
    if (REPORT_KINDS.size < 100_000) REPORT_KINDS.set(word, kinds);
  }
  return kinds;
}
const DEGREE = new Set(["enough", "as"]);
// Words that every source phrase below contains: a cheap test before the patterns run.
const SOURCE_WORDS = new Set(
  "as according words view eyes opinion mind minds telling account reckoning logic them him her".split(" "),
);
const AUTHOR_LEAD = /^(?:[a-z]+ (?:, )?)?(?:i|we) /;

// The subjects whose reporting verbs report: not the author, the reader, a record or nobody.
const REPORTS = new Set<ReportSubject["kind"]>(["impersonal", "party", "name"]);

// "few could have predicted", "no one can say": the author's judgement of what could be known.
function isAbility(tokens: readonly Token[], i: number): boolean {
  const before = tokens
    .slice(Math.max(0, i - 4), i)
    .map((token) => token.lower)
    .join(" ");
  return /\b(?:could|would|might) (?:not )?have$|\b(?:can|cannot|can't|could not|couldn't)(?: not)?$|\b(?:can|cannot|could) (?:not )?be (?:\p{L}+ly |little |hardly |scarcely )?$/u.test(
    before,
  );
}

// What may follow a verb that reports only with a clause, an infinitive or a quotation after it
// ("they hope that …", "she wants them to …", "he agreed to …"), never with a plain object
// ("they want force", "the people declare their consent").
const COMPLEMENTS = new Set(
  'that to whether if what how why when who which : “ " ‘ he she they we i you it there this'.split(" "),
);

function hasComplement(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower ?? "";
  if (COMPLEMENTS.has(next)) return true;
  // "want your nation to buy", "urged the council to act": an object and then an infinitive.
  for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
    const word = tokens[j]?.lower ?? "";
    if (word === "to") return j > i + 1;
    if (word === "," || word === ";" || word === "." || isReportingWord(word)) return false;
  }
  return false;
}

// "You might ask …", "one may object …", "some may say …": an objection the author imagines in
// order to answer it.
function imaginedObjection(tokens: readonly Token[], head: number, i: number): string | undefined {
  if (!OBJECTING.has(tokens[i]?.lower ?? "")) return undefined;
  const at = subjectIndex(tokens, head, i);
  const subject = tokens[at]?.lower ?? "";
  if (!IMAGINERS.has(subject)) return undefined;
  const between = tokens.slice(at + 1, i).map((token) => token.lower);
  if (!between.some((word) => HYPOTHETICAL.has(word))) return undefined;
  return [subject, ...between, tokens[i]?.lower ?? ""].join(" ");
}

const OBJECTING = new Set(
  "ask object say think wonder argue protest reply respond suggest claim complain contend insist counter".split(" "),
);
// The reader and "one", whose words are otherwise never a report ("some may argue" is one anyway).
const IMAGINERS = new Set(["you", "one"]);
const HYPOTHETICAL = new Set(["might", "may", "could", "would"]);

// "persons charged with …", "the plan announced by …": a past participle after a noun, with a
// phrase after it, describes the noun rather than reporting.
function participleAfterNoun(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? "";
  if (!word.endsWith("ed") || !PARTICIPLE_NEXT.has(tokens[i + 1]?.lower ?? "")) return false;
  const previous = tokens[i - 1];
  if (previous === undefined || !/^\p{Ll}+$/u.test(previous.text) || PERSONAL.has(previous.lower)) return false;
  // "it is further claimed by …" is a passive report, not a participle on a noun.
  return !PASSIVE_AUX.has(previous.lower) && !PASSIVE_AUX.has(tokens[i - 2]?.lower ?? "");
}

const PASSIVE_AUX = new Set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"]);

const PARTICIPLE_NEXT = new Set(["with", "by", "for", "in", "on", "at", "from", "under", "upon", "today", "yesterday"]);
const PERSONAL = new Set(["i", "we", "you", "he", "she", "they", "it", "who", "which", "that"]);

// "…? they ask.", "…, ask the critics": a report placed after what it reports needs no clause.
function postposed(tokens: readonly Token[], i: number): boolean {
  const after = /^[.?!]?$/.test(tokens[i + 2]?.lower ?? "") || /^[.?!]$/.test(tokens[i + 1]?.lower ?? "");
  const before = tokens[i - 1]?.lower ?? "";
  const beforeSubject = tokens[i - 2]?.lower ?? "";
  return AFTER_QUOTE.has(before) || (after && AFTER_QUOTE.has(beforeSubject));
}

const AFTER_QUOTE = new Set([",", "?", "!", "”", '"']);

// "…, claiming that …", "fond of saying that …": a participle of a verb of saying that reports
// for the main clause's subject.
function reportingParticiple(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? "";
  if (!word.endsWith("ing") || !isReportingWord(word)) return false;
  const previous = tokens[i - 1]?.lower ?? "";
  const next = tokens[i + 1]?.lower ?? "";
  if (DETERMINERS.has(previous) || (needsThat(word) && next !== "that")) return false;
  if (previous === ",") return next !== "," && next !== ".";
  // "instead of assuming that …" sets the report aside.
  if (tokens[i - 2]?.lower === "instead") return false;
  return (previous === "of" || previous === "by") && (next === "that" || next === "“" || next === '"');
}

// The main clause's subject: its first word that is no adverb, comma or determiner.
function mainSubject(view: SentenceView): number {
  const { tokens, roles } = view;
  for (let k = view.head; k < tokens.length; k++) {
    const word = tokens[k]?.lower ?? "";
    if (roles[k] !== "main" || word === "," || (word.endsWith("ly") && word.length > 3)) continue;
    if (DETERMINERS.has(word) && /^\p{L}/u.test(tokens[k + 1]?.lower ?? "")) continue;
    return k;
  }
  return -1;
}

function reportsAt(view: SentenceView, i: number): boolean {
  return REPORTS.has(reportSubject(view.tokens, subjectIndex(view.tokens, view.head, i), i).kind);
}

// Words by which the author vouches for what is reported: "rightly", "truly", "with great propriety".
const ENDORSING = new Set(
  "rightly truly justly correctly wisely aptly accurately properly fairly propriety justice truth reason".split(" "),
);

function endorsed(tokens: readonly Token[], at: number, verb: number): boolean {
  for (let k = Math.max(at + 1, 0); k < Math.min(tokens.length, verb + 6); k++) {
    const word = tokens[k]?.lower ?? "";
    if (word === "that" || word === ":" || word === ";") return false;
    if (
      ENDORSING.has(word) &&
      (word.endsWith("ly") || tokens[k - 2]?.lower === "with" || tokens[k - 1]?.lower === "with")
    )
      return true;
  }
  return false;
}

// "Critics have attacked the mayor for …", "they praised her for …": a party's judgement of
// someone, with "for" after a short object.
function censures(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const previous = tokens[i - 1]?.lower ?? "";
  if (DETERMINERS.has(previous) || PREPOSITIONS.has(previous)) return false;
  let found = false;
  for (let j = i + 2; j < Math.min(tokens.length, i + 9); j++) {
    const word = tokens[j]?.lower ?? "";
    if (word === "for") found = true;
    if (found || word === ";" || word === "." || word === "that") break;
  }
  return found && REPORTS.has(reportSubject(tokens, subjectIndex(tokens, view.head, i), i).kind);
}

const AUTHORIAL = new Set(["not", "never", "n't", "isn't", "wasn't", "cannot", "must", "should", "ought"]);

function regardsAs(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const previous = tokens[i - 1]?.lower ?? "";
  if (DETERMINERS.has(previous) || PREPOSITIONS.has(previous)) return false;
  const subject = reportSubject(tokens, subjectIndex(tokens, view.head, i), i).kind;
  if (subject === "author" || subject === "reader" || subject === "none" || subject === "impersonal") return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 14); j++) {
    if (tokens[j]?.lower === "as") return true;
    if (tokens[j]?.lower === "," || tokens[j]?.lower === ";") return false;
  }
  return false;
}

// "the assumption was that …", "the premise that …", "another embedded assumption was that …": a
// held view, named with an article, and the clause that states it. "The idea is that …" in the
// present explains; "this claim", "my view" are the author's own.
function heldView(tokens: readonly Token[], roles: SentenceView["roles"], head: number): string | undefined {
  for (let i = head + 1; i < tokens.length - 1; i++) {
    const word = tokens[i]?.lower ?? "";
    if (!VIEW_NOUNS.has(word) || roles[i] !== "main") continue;
    const next = tokens[i + 1]?.lower;
    // A plural before "that" is as often a relative clause ("the assumptions that I set out").
    const later = next === "that" ? "" : colonThat(tokens, i) ? "… : that" : ofThat(tokens, i) ? "of … that" : "";
    const appositive = (next === "that" && !word.endsWith("s")) || later !== "";
    if (!appositive && !((next === "was" || next === "were") && tokens[i + 2]?.lower === "that")) continue;
    const previous = tokens[i - 1]?.lower ?? "";
    // "My first assumption was that …", "their view was that …": a view someone held, the author's
    // earlier one included, stated in the past.
    const possessive = !appositive && (POSSESSIVES.has(previous) || POSSESSIVES.has(tokens[i - 2]?.lower ?? ""));
    const article = possessive
      ? POSSESSIVES.has(previous)
        ? previous
        : tokens[i - 2]?.lower
      : ARTICLES.has(previous)
        ? previous
        : ARTICLES.has(tokens[i - 2]?.lower ?? "")
          ? tokens[i - 2]?.lower
          : "";
    if (!article || (article !== previous && !canBeAdjective(previous) && !previous.endsWith("ed"))) continue;
    const named = tokens
      .slice(article === previous ? i - 1 : i - 2, later !== "" ? i + 1 : appositive ? i + 2 : i + 3)
      .map((token) => token.lower)
      .join(" ");
    return later !== "" ? `${named} ${later}` : named;
  }
  return undefined;
}

const ARTICLES = new Set(["the", "a", "an", "another", "one"]);
const POSSESSIVES = new Set(["my", "our", "his", "her", "their"]);

// "They console themselves with the hope that …", "the firms acted in the belief that …": another
// party acting on a view the sentence states.
function actingOnView(view: SentenceView): string | undefined {
  const { tokens, roles } = view;
  for (let i = view.head + 2; i < tokens.length - 2; i++) {
    const word = tokens[i]?.lower ?? "";
    if (!VIEW_NOUNS.has(word) || roles[i] !== "main" || tokens[i + 1]?.lower !== "that") continue;
    const before = tokens[i - 1]?.lower ?? "";
    const preposition = ACTING_ON.has(before)
      ? i - 1
      : ARTICLES.has(before) && ACTING_ON.has(tokens[i - 2]?.lower ?? "")
        ? i - 2
        : -1;
    if (preposition < 0) continue;
    let start = preposition;
    while (start > view.head && tokens[start - 1]?.lower !== ";") start--;
    if (start > view.head && DETERMINERS.has(tokens[start]?.lower ?? "")) start++;
    const at = start > view.head ? start : mainSubject(view);
    if (at < 0 || at >= preposition || !REPORTS.has(reportSubject(tokens, at, preposition).kind)) return undefined;
    return tokens
      .slice(preposition, i + 2)
      .map((token) => token.lower)
      .join(" ");
  }
  return undefined;
}

const ACTING_ON = new Set(["with", "in", "on", "under", "by"]);

// "a critique of the plan that it costs too much": after an of-phrase, "that" and a pronoun open
// the clause that states the view (a relative clause would go on with a verb).
function ofThat(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== "of") return false;
  for (let j = i + 2; j < Math.min(tokens.length - 1, i + 8); j++) {
    const word = tokens[j]?.lower ?? "";
    if (word === "that") return CLAUSE_SUBJECTS.has(tokens[j + 1]?.lower ?? "");
    if (word === "," || word === ";" || word === ":") return false;
  }
  return false;
}

const CLAUSE_SUBJECTS = new Set(["it", "they", "he", "she", "there"]);

// "one belief lay under the whole plan: that …": the view stated after a colon or dash a few words on.
function colonThat(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length - 1, i + 10); j++) {
    const word = tokens[j]?.lower ?? "";
    if (word === ":" || word === "—" || word === "–") return tokens[j + 1]?.lower === "that";
    if (word === "," || word === ";" || word === "that") return false;
  }
  return false;
}

function reportShape(tokens: readonly Token[], subject: ReportSubject, at: number, verb: number): string[] {
  const shapes: string[] = [];
  if (subject.kind === "impersonal") {
    const frame = tokens.slice(at, verb + 1).map((token) => token.lower);
    shapes.push(`impersonal:${frame.join(" ")}`);
  } else if (subject.kind === "party" || subject.kind === "name") shapes.push(`other-party:${subject.words}`);
  if (tokens[verb + 1]?.lower === "that") shapes.push(`that-clause:${tokens[verb]?.lower ?? ""} that`);
  return shapes;
}
