import { canBeAdjective, canBeVerb } from "../lexicon.ts";
import { consequenceCue } from "./imperative.ts";
import { isReportingWord } from "./reporting-verbs.ts";
import type { SentenceView } from "./sentence-view.ts";
import { isFiniteVerb } from "./tense-aspect.ts";
import type { Token } from "./tokens.ts";
import { DETERMINERS, PREPOSITIONS, words } from "./word-classes.ts";

// Articles and possessives: "the will", "their will" (pronouns such as "this" or "some" can be subjects).
const ARTICLES = words("the a an his her their its our my your whose no");

// Adjectives that make "will" a noun ("the political will", "their own will").
const WILL_NOUN_BEFORE = words(
  "political popular general free good ill own public national collective strong iron sheer",
);
// Speech verbs after which "some will say…" sets up a view rather than forecasting.
const SPEECH = words(
  "say object argue claim reply insist protest counter retort answer complain tell ask respond contend",
);
// Classifying verbs: "would not represent a change" characterises a proposal rather than forecasting.
const CLASSIFYING = words("represent constitute amount mean signify entail");
// Outcome verbs that make "may", "might" or "could" forecast ("could backfire", "may lead to").
const OUTCOMES = words(
  "lead result trigger cause backfire collapse fail spark provoke escalate prove push force undermine weaken strengthen destabilize destabilise cost last follow emerge spread rise fall grow decline increase decrease drop soar erupt worsen deepen harm hurt produce bring end become help improve accelerate enable create reduce spur boost transform expand open allow drive continue put suffer threaten damage jeopardize jeopardise",
);

// Verbs by which the author announces a move in the argument ("I shall now proceed to…").
const MOVES = words(
  "proceed conclude enter attempt dwell content hazard begin compress give offer add discuss describe explain examine consider say mention note turn return show argue touch confine quote cite review summarize summarise outline find endeavor endeavour be start walk talk focus cover illustrate close end",
);
const MOVE_ADVERBS = words("not now then first next briefly therefore also only here");
// What "be" must be followed by to announce a move rather than a state ("we shall be convinced").
const MOVE_STATES = words("convinced constrained obliged led able content brief");
// Verbs by which a writer points the reader at something ("you will notice").
const ADDRESSING = words("notice see find recall remember agree note recognize recognise observe");

const ANNOUNCED = new RegExp(
  String.raw`(?:^|\s)(?:i'm|we're|i am|we are) going to (?:\w+ly )?(?:${[...MOVES].join("|")})\b`,
);

const LIKELY =
  /(?:\b(?:is|are|am|was|were|be|seems?|appears?|looks?|remains?)|'s|'re|'m)(?: \w+ly)? (?:un)?(?:likely|bound|poised|set|going|expected|projected|forecast|predicted|destined|certain|sure|due|about) to (?!the\b|a\b|an\b)[a-z]/;

// The author's own forecast: "we expect prices to fall", "I anticipate that …" (often read as a
// steering lead-in, so looked for there too).
const EXPECTING =
  /\b(?:we|i) (?:fully |ultimately |confidently |now |also |then |still )?(?:expect|anticipate|predict|foresee|forecast|(?:plan|intend|aim|mean) to)\b/;

/** Cues that the main clause says what will, would or is likely to happen; empty when none. */
export function predictionCues(view: SentenceView): string[] {
  const { tokens, roles } = view;
  // "How would they pay?", "Will it last?": a question asks rather than forecasts.
  if (tokens[tokens.length - 1]?.lower === "?") return [];
  const resumed = modalAfterSubjectRelative(view);
  for (let i = view.head; i < tokens.length; i++) {
    if (roles[i] !== "main" && i !== resumed) continue;
    const word = tokens[i]?.lower ?? "";
    const next = tokens[i + 1]?.lower ?? "";
    const after = tokens[i + 2]?.lower ?? "";
    const previous = tokens[i - 1]?.lower ?? "";
    if (word === "will" || word === "shall" || word === "won't" || word.endsWith("'ll")) {
      if (
        isNounWill(word, previous, next) ||
        isIdiom(
          tokens
            .slice(i + 1, i + 5)
            .map((t) => t.lower)
            .filter((t) => t !== "not"),
        )
      )
        continue;
      if (SPEECH.has(next === "not" ? after : next)) continue;
      // "the rooms you'll visit", "the jars they will need": a pronoun and its modal
      // right after a noun are a relative clause without "that", not the main clause's forecast.
      if (contactRelative(tokens, i, word)) continue;
      // "I shall not dwell on this", "we shall find that…": the author announcing a move in the
      // argument, not forecasting; "I will pay", "we will release" forecast the author's own acts.
      const speaker = previous === "i" || previous === "we" || word === "i'll" || word === "we'll";
      if (speaker && announcesMove(tokens, i + 1)) continue;
      // "The rest of this post will cover…", "two cases will illustrate…": a signpost of the text.
      if (announcesMove(tokens, i + 1) && namesText(view, i)) continue;
      // "You'll notice that…": addressing the reader.
      if ((previous === "you" || word === "you'll") && ADDRESSING.has(next)) continue;
      // "It will not do to…": is not acceptable.
      if (next === "not" && after === "do" && /^(?:to|for)$/.test(tokens[i + 3]?.lower ?? "")) continue;
      // "The bank shall publish…": a rule's "shall" (see recommendation.ts), not a forecast.
      if (word === "shall" && !/^(?:i|we|you|thou|it|there|they|this|that|these|those|he|she)$/.test(previous))
        continue;
      // "We will need to act": an obligation, which the taxonomy ranks first.
      if ((next === "need" || next === "have") && after === "to") continue;
      return [`modal:${word}`];
    }
    if (word === "would" || word === "'d") {
      if (next === "have" && after === "to") continue;
      // "Each winter the river rose and would flood the lanes": "would" after the clause's own past
      // verb is a past habit or the past's future, told as narrative, not a forecast.
      if (pastBefore(view, i)) continue;
      // "Would it not be better…", "would they…": an inverted "would" asks or supposes.
      if (INVERTED_SUBJECTS.has(next)) continue;
      // "I would offer three reflections": announcing a move.
      if ((previous === "i" || previous === "we") && announcesMove(tokens, i + 1)) continue;
      if (/^(?:like|rather|prefer|love|hate|welcome)$/.test(next)) continue;
      if (next === "not" && CLASSIFYING.has(after)) continue;
      // "it would be easy to show…", "it would be tedious to…": a judgement, not a forecast.
      if (previous === "it" && next === "be" && /^(?:to|that)$/.test(tokens[i + 3]?.lower ?? "")) continue;
      return [`modal:would ${next}`];
    }
    if ((word === "may" || word === "might" || word === "could") && !tokens[i]?.capital) {
      const verb = /^(?:well|soon|eventually|also|even|quickly|easily)$/.test(next) ? after : next;
      if (OUTCOMES.has(verb)) return [`modal:${word} ${verb}`];
    }
  }
  const likely =
    (view.main.includes(" to ") ? LIKELY.exec(view.main) : null) ??
    EXPECTING.exec(`${view.steering ?? ""} ${view.main}`);
  // "I'm going to return to that later": the author announcing a move.
  if (likely && ANNOUNCED.test(view.main)) return [];
  if (likely) return [`likely:${likely[0]}`];
  const framed = complementForecast(view);
  if (framed) return [framed];
  // "Separate a man from society, and he cannot…": a command that states a condition.
  const consequence = view.lead.includes(" and ") ? consequenceCue(view) : undefined;
  return consequence ? [consequence] : [];
}

const CONTACT_SUBJECTS = words("you we they i he she");
const CONTACTED = words("you'll we'll they'll i'll he'll she'll");
// Nouns of time, after which a pronoun opens the main clause ("In a year we will …").
const TIME_NOUNS = words("year years week weeks month months day days time times decade decades moment century");

function contactRelative(tokens: readonly { readonly lower: string }[], at: number, word: string): boolean {
  const joined = CONTACTED.has(word);
  if (!joined && !CONTACT_SUBJECTS.has(tokens[at - 1]?.lower ?? "")) return false;
  const n = joined ? at - 1 : at - 2;
  const noun = tokens[n]?.lower ?? "";
  if (!/^[a-z]+$/.test(noun) || noun.endsWith("ly") || TIME_NOUNS.has(noun) || NOT_NOUNS.has(noun)) return false;
  if (PREPOSITIONS.has(noun) || DETERMINERS.has(noun)) return false;
  return nounSlot(tokens[n - 1]?.lower ?? "");
}

// Words that end a phrase without being a noun: conjunctions, connectors, verbs of being.
const NOT_NOUNS = words(
  "and or nor but so yet then now if when because since although though unless while whether than as that which who whom is are was were be been am do does did has have had not",
);

const SUBJECT_RELATIVES = words("that who which");
const RESUMING_MODALS = words("will would could may might shall 'll won't");
const NOT_IN_SUBJECT = words("is are was were has have had will would shall should must can could may might , ; : —");

// "The charter that the mayor signed in May will lay…": a relative clause on a subject led by a
// determiner ends at the modal that follows its own verb, which is the main clause's; the index of
// that modal, or -1. (Done here rather than in the clause roles, where it cost the other kinds.)
function modalAfterSubjectRelative(view: SentenceView): number {
  const { tokens, roles } = view;
  if (!DETERMINERS.has(tokens[view.head]?.lower ?? "") || !hasResumingModal(tokens, view.head + 2)) return -1;
  let r = view.head + 1;
  for (; r < tokens.length && r <= view.head + 12 && roles[r] === "main"; r++) {
    const word = tokens[r]?.lower ?? "";
    if (NOT_IN_SUBJECT.has(word) || isReportingWord(word)) return -1;
    // A capitalised word is part of a name ("the Harbour Compact"); a word in a noun slot a noun.
    const noun = tokens[r]?.capital || nounSlot(tokens[r - 1]?.lower ?? "");
    if (!noun && /^[a-z]+$/.test(word) && canBeVerb(word)) return -1;
  }
  if (!SUBJECT_RELATIVES.has(tokens[r]?.lower ?? "") || roles[r] !== "complement") return -1;
  let verb = false;
  for (let k = r + 1; k < tokens.length && k <= r + 16; k++) {
    const word = tokens[k]?.lower ?? "";
    if (word === "," || word === ";" || word === "that" || SUBJECT_RELATIVES.has(word)) return -1;
    if ((RESUMING_MODALS.has(word) && !tokens[k]?.capital) || word.endsWith("'ll")) return verb ? k : -1;
    if (MODAL_WORDS.has(word)) return -1;
    const previous = tokens[k - 1]?.lower ?? "";
    if (isFiniteVerb(tokens, k) || /^(?:'re|'s|'ve|have|has|are|is)$/.test(word)) verb = true;
    else if (/^[a-z]+$/.test(word) && canBeVerb(word) && (k === r + 1 || !nounSlot(previous))) verb = true;
  }
  return -1;
}

const MODAL_WORDS = words("should must can cannot can't ought need");

// Whether a modal the subject's relative clause could end at stands anywhere from `from` on: most
// sentences have none, and skip the word-by-word reading of the subject.
function hasResumingModal(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const word = (tokens[k] as Token).lower;
    if (RESUMING_MODALS.has(word) || word.endsWith("'ll")) return true;
  }
  return false;
}

// A word after which the next stands in a noun phrase: a determiner, a preposition, "and" or an adjective.
function nounSlot(previous: string): boolean {
  return (
    DETERMINERS.has(previous) ||
    PREPOSITIONS.has(previous) ||
    previous === "and" ||
    previous.endsWith("'s") ||
    (/^[a-z-]+$/.test(previous) && canBeAdjective(previous))
  );
}

function pastBefore(view: SentenceView, at: number): boolean {
  for (let k = view.head + 1; k < at; k++) {
    if (view.roles[k] !== "main") continue;
    const word = view.tokens[k]?.lower ?? "";
    if (!PRESENT_FINITE.has(word) && isFiniteVerb(view.tokens, k)) return true;
  }
  return false;
}

const PRESENT_FINITE = words("is are am has does");

// Nouns for the text itself or its parts, as the subject of a signpost.
const TEXT_NOUNS = words(
  "post essay article paper talk section chapter report rest remainder example examples case cases following speech piece book lecture letter part pages sections chapters",
);

function namesText(view: SentenceView, at: number): boolean {
  for (let k = view.head; k < at; k++)
    if (view.roles[k] === "main" && TEXT_NOUNS.has(view.tokens[k]?.lower ?? "")) return true;
  return false;
}

function announcesMove(tokens: readonly { readonly lower: string }[], from: number): boolean {
  let i = from;
  while (MOVE_ADVERBS.has(tokens[i]?.lower ?? "")) i++;
  const verb = tokens[i]?.lower ?? "";
  if (verb === "be") return MOVE_STATES.has(tokens[i + 1]?.lower ?? "");
  return MOVES.has(verb);
}

const INVERTED_SUBJECTS = words("it they we you he she i there this that");

function isNounWill(word: string, previous: string, next: string): boolean {
  if (word !== "will") return false;
  return next === "of" || ARTICLES.has(previous) || PREPOSITIONS.has(previous) || WILL_NOUN_BEFORE.has(previous);
}

// "it will be found that…", "as will be seen": present assertions in future form.
function isIdiom(next: readonly string[]): boolean {
  const [a, b, c] = next;
  const participle =
    /^(?:found|seen|observed|perceived|remembered|recollected|recalled|allowed|admitted|granted|acknowledged|denied|evident|obvious|apparent|shown|noticed|understood)$/;
  return a === "be" && (participle.test(b ?? "") || (/ly$/.test(b ?? "") && participle.test(c ?? "")));
}

// Main clauses that only frame the author's own forecast or an outcome: "I firmly believe that …",
// "it is easy to see that …", "the likely result is that …". Their complement is the claim.
const FRAME_OPENERS = words("i we it the one a and but so well");
const FORECAST_FRAME =
  /^(?:(?:and|but|so|well) (?:, )?)?(?:(?:i|we) (?:\w+ly |also |still |do )?(?:believe|think|know|expect|trust|am (?:\w+ly )?(?:confident|sure|convinced|certain)|are (?:\w+ly )?(?:confident|sure|convinced|certain))|it is (?:\w+ )?(?:easy to see|clear|certain|inevitable|likely|probable|safe to say)|(?:the|one|a) (?:\w+ ){0,2}?(?:expectation|result|outcome|consequence|upshot|danger|risk|likelihood|prospect|news|effect|concern|worry|fear)(?: (?:of|with|from) [\w' ]{1,40}?)? is)$/;
const FORECASTING = words("will 'll won't shall");
// The last words such a frame can end on: a cheap test before the pattern runs.
const FRAME_ENDS = words(
  "is believe think know expect trust confident sure convinced certain see clear inevitable likely probable say",
);

// A forecast in the complement of a framing main clause ("…, that the courts will eclipse…"), unless
// the sentence turns ("we still believe X will last, but…" grants): its modal, or undefined.
function complementForecast(view: SentenceView): string | undefined {
  const { tokens, roles } = view;
  if (view.main.length > 70 || !FRAME_OPENERS.has(tokens[view.head]?.lower ?? "") || view.lead.includes(" but "))
    return undefined;
  const main = view.main.replace(/(?: \|)?(?: [,:;.])*$/, "");
  if (!FRAME_ENDS.has(main.slice(main.lastIndexOf(" ") + 1)) || !FORECAST_FRAME.test(main)) return undefined;
  let k = 0;
  while (k < tokens.length && roles[k] !== "complement") k++;
  for (; k < tokens.length && roles[k] === "complement"; k++) {
    const word = tokens[k]?.lower ?? "";
    if (FORECASTING.has(word) || word.endsWith("'ll")) return `complement:${word}`;
    // "It is quite easy to see, that the levy would hurt …": the conditional forecasts there as in a main clause.
    if (
      word === "would" &&
      !/^(?:like|rather|prefer|love|have)$/.test(tokens[k + 1]?.lower ?? "") &&
      !pastBefore(view, k)
    )
      return "complement:would";
    if (word === "going" && tokens[k + 1]?.lower === "to") return "complement:going to";
  }
  return undefined;
}
