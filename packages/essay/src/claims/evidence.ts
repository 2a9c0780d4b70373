import { isCommonWord } from "../lexicon.ts";
import { colonQuotation, introducesQuotation, quotationRunsOn } from "./evidence-quotes.ts";
import { figureAt, gaugedAmountAt, MONTHS } from "./quantities.ts";
import type { SentenceView } from "./sentence-view.ts";
import type { Token } from "./tokens.ts";

const FORECAST = new Set(["will", "shall", "won't", "'ll"]);
const FORECASTING = new Set(["will", "would", "won't", "wouldn't"]);
// Modals of possibility and duty: a figure after one in the main clause is supposed, allowed or
// required ("a town might hold 500 students", "we can't make 100 changes"), not on record.
const SUPPOSING = new Set(["may", "might", "could", "can", "can't", "cannot", "couldn't", "must", "should", "ought"]);
const MAY_SUPPOSE = /\b(?:may|might|could|can|must|should|ought)/;
// Words before "will" that make it a noun ("the will of the people", "political will").
const NOUN_WILL_BEFORE = new Set([
  "the",
  "a",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "of",
  "free",
  "political",
  "own",
]);

// Documents and records reported as the source of a finding.
const RECORD =
  "(?:reports?|study|studies|surveys?|polls?|census|audits?|data|figures|statistics|records|analysis|analyses|estimates?|reviews?|investigations?|assessments?|memos?|memorandum|documents?|letters?|minutes|transcripts?|filings?|emails|cables|research|experiments?|tests|trials?|measurements|benchmarks|results|findings|testimony|logs|evidence)";
const RECORD_CUES: readonly RegExp[] = [
  new RegExp(String.raw`\baccording to (?:[\w'-]+ ){0,4}?${RECORD}\b`),
  new RegExp(
    String.raw`\b${RECORD}(?: (?:of|by|from|for|on)(?: [\w'-]+){1,4}?)? (?:has |have )?(?:found|finds|show|shows|showed|shown|revealed|reveals|indicate|indicates|indicated|estimated|estimates|concluded|documented|recorded|counted|confirms|confirmed|documents)\b`,
  ),
];

// A document's or a programme's provisions reported as fact: "the Act extends tax credits…", "the draft
// includes…", "the programme funds…".
const DOCUMENTS = new Set(
  "order act law constitution bill draft plan agreement treaty statute article section clause regulation charter amendment budget legislation contract licence license framework specification rfc decree ordinance directive ruling judgment settlement guidance guidelines agenda program programme initiative package scheme".split(
    " ",
  ),
);
const PROVIDING = new Set(
  "includes included provides provided requires required directs directed guarantees prohibits prohibited establishes established mandates mandated authorizes authorises authorized contains contained declares declared extends extended creates created grants granted defines specifies allocates allocated invests invested funds funded stipulates".split(
    " ",
  ),
);
const PROVISION_ADVERBS = new Set(["also", "now", "further", "explicitly", "expressly"]);
const PROVISION_OPENERS = new Set(["the", "this", "that", "its", "their", "our", "a"]);

// "The new charter requires…": a document noun (with a determiner at most five words before it)
// directly before a verb of providing, in the main clause.
function provisionCue(view: SentenceView): string | undefined {
  const { tokens, roles } = view;
  for (let i = view.head + 1; i < tokens.length; i++) {
    if (roles[i] !== "main" || !PROVIDING.has(tokens[i]?.lower ?? "")) continue;
    let noun = i - 1;
    if (PROVISION_ADVERBS.has(tokens[noun]?.lower ?? "")) noun--;
    const word = tokens[noun]?.lower ?? "";
    if (!DOCUMENTS.has(word) && !(word.endsWith("s") && DOCUMENTS.has(word.slice(0, -1)))) continue;
    for (let k = noun - 1; k >= Math.max(view.head, noun - 5); k--) {
      if (PROVISION_OPENERS.has(tokens[k]?.lower ?? "")) {
        return tokens
          .slice(k, i + 1)
          .map((token) => token.lower)
          .join(" ");
      }
    }
  }
  return undefined;
}

/**
 * A past event with a named party as its subject ("Margaret Hale posted the minutes", "The Water
 * Board raised its prices", "She and Mayor Hale signed…"), as `name verb`, or undefined: the shape
 * of narrative on record. The subject may follow a short opening phrase closed by a comma ("A
 * week later, the Water Board raised…").
 */
function namedPastEvent(view: SentenceView): string | undefined {
  const event = namedPastEventAt(view, view.head);
  if (event) return event;
  const { tokens, roles } = view;
  for (let i = view.head + 1; i < Math.min(tokens.length, view.head + 7); i++) {
    if (roles[i] !== "main") return undefined;
    if (tokens[i]?.text === ",") return namedPastEventAt(view, i + 1);
  }
  return undefined;
}

// Pronouns that join a name as the subject ("he and Mayor Hale").
const JOINING = new Set(["he", "she", "they", "we", "i"]);

function namedPastEventAt(view: SentenceView, head: number): string | undefined {
  const { tokens, roles } = view;
  const first = tokens[head];
  if (!first || roles[head] !== "main") return undefined;
  // "Hale", "President Biden", "the United States": a name, a title and a name, or "the" and a name.
  const titled = (at: number): boolean =>
    isName(tokens[at]) && (isName(tokens[at + 1]) || !isCommonWord(tokens[at]?.lower ?? ""));
  let start = first.lower === "the" ? head + 1 : head;
  if (JOINING.has(first.lower) && tokens[head + 1]?.lower === "and") start = head + 2;
  if (!titled(start) && !(start > head && isName(tokens[start]))) return undefined;
  let k = start + 1;
  while (k < tokens.length && k < start + 4 && tokens[k]?.capital && roles[k] === "main") k++;
  // "the Board and the Mayor": a second name joined by "and".
  if (tokens[k]?.lower === "and") {
    const second = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
    if (isName(tokens[second])) {
      k = second + 1;
      while (k < tokens.length && k < second + 6 && tokens[k]?.capital && roles[k] === "main") k++;
    }
  }
  // A perfect ("the Board has had doubts") and a past state or auxiliary ("Hale was away…",
  // "the Council did not…") are no act on record.
  const verb = tokens[k]?.lower ?? "";
  if (roles[k] !== "main" || STATES.has(verb) || !(PAST_VERBS.has(verb) || /^[a-z]{3,}ed$/.test(verb)))
    return undefined;
  return `${tokens
    .slice(head, k)
    .map((token) => token.text)
    .join(" ")} ${verb}`;
}

const STATES = new Set(["was", "were", "had", "did"]);

function isName(token: { readonly text: string; readonly capital: boolean } | undefined): boolean {
  return token?.capital === true && /^\p{Lu}\p{Ll}/u.test(token.text);
}

const PAST_VERBS = new Set(
  "was were had did said made took found showed began came went gave got held led left met ran saw sent set spent stood told thought won wrote brought built bought chose drew fell grew knew lost paid rose sold spoke became".split(
    " ",
  ),
);

/**
 * Cues that the sentence reports a checkable figure, date or record: numbers and dates outside
 * fronted time limits and adverbial clauses ("After 2022, …" and "… before 2014" do not count),
 * records, provisions, a named party's past act, an amount measured or approximated ("nearly
 * half"), and quotations on record (one introduced by a
 * colon, one the sentence introduces with its closing colon, one that runs over several
 * sentences, or a sentence of a block quotation).
 */
export function evidenceCues(view: SentenceView, blockQuote = false): string[] {
  const cues: string[] = [];
  const { lead } = view;
  const mayForecast =
    lead.includes("will") ||
    lead.includes("would") ||
    lead.includes("shall") ||
    lead.includes("won't") ||
    lead.includes("'ll") ||
    MAY_SUPPOSE.test(lead);
  let forecastReported = false;
  // A figure the main clause forecasts, supposes or requires ("the deal would bring in $40 million",
  // "a ward might hold 300 voters") is not on record.
  let forecast = -1;
  for (let i = 0; mayForecast && i < view.tokens.length; i++) {
    const word = view.tokens[i]?.lower ?? "";
    const role = view.roles[i];
    if (role === "complement" && FORECAST.has(word)) forecastReported = true;
    if (
      forecast < 0 &&
      role === "main" &&
      (FORECASTING.has(word) || (SUPPOSING.has(word) && !view.tokens[i]?.capital)) &&
      !NOUN_WILL_BEFORE.has(view.tokens[i - 1]?.lower ?? "")
    )
      forecast = i;
  }
  let gauged: string | undefined;
  const { tokens, roles } = view;
  for (let i = 0; i < tokens.length; i++) {
    const role = roles[i];
    if (role === "adverbial" || role === "steer") continue;
    // A measured amount counts even where the main clause forecasts (not skipping those measured
    // higher in cross-validation).
    gauged ??= gaugedAmountAt(tokens, i);
    if (forecast >= 0 && i > forecast && role === "main") continue;
    // A figure inside a reported forecast ("critics say taxes will rise 10%") is not a fact on record.
    if (role === "complement" && forecastReported) continue;
    const figure = figureAt(tokens, i);
    if (figure && !(figure.startsWith("date:") && namesPeriod(tokens, i)) && !illustrative(tokens, i))
      cues.push(figure);
  }
  const found = cues.length > 0 ? cues.slice(0, 3) : otherCues(view);
  if (gauged) found.push(`gauged:${gauged}`);
  // Most sentences quote nothing: one look for a quotation mark spares the quotation cues.
  if (QUOTE_MARK.test(lead)) {
    const quoted = colonQuotation(view);
    if (quoted) found.push(`quotation:${quoted}`);
    const runsOn = quotationRunsOn(view);
    if (runsOn) found.push(`quote-runs-on:${runsOn}`);
  }
  const introduced = introducesQuotation(view);
  if (introduced) found.push(`introduces-quotation:${introduced}`);
  // A block quotation sets out someone's words as they stand on record.
  if (blockQuote) found.push("block-quote");
  return found;
}

const QUOTE_MARK = /["“”]/;

// "enable, say, 90% of the cases", "maybe 90 of them": a figure offered as an example or a guess.
function illustrative(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.lower ?? "";
  if (previous === "maybe" || previous === "perhaps") return true;
  return previous === "," && tokens[i - 2]?.lower === "say" && tokens[i - 3]?.text === ",";
}

// Nouns of time: "the end of 2022", "the summer of 1969" date the clause.
const TIME_NOUNS = new Set(
  "year years month months week weeks day days end start beginning middle half quarter spring summer fall autumn winter course rest part session term".split(
    " ",
  ),
);

/**
 * True when the year or decade at `i` names the period of a noun ("the promise of 1776", "the
 * music of the 1960s") rather than dating the clause ("in 1776", "the end of 2022", "than that
 * of 1960").
 */
function namesPeriod(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower !== "of") return false;
  const noun = tokens[k - 1]?.lower ?? "";
  return noun !== "" && !TIME_NOUNS.has(noun) && !MONTHS.has(noun) && noun !== "that" && noun !== "those";
}

// Without a figure in the main clause: a dated fronted clause, a record, a provision or an event.
function otherCues(view: SentenceView): string[] {
  // A date in a fronted clause ("Since the Act passed in 1970, …") dates the event the sentence reports.
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.roles[i] !== "adverbial") continue;
    const figure = figureAt(view.tokens, i);
    if (figure?.startsWith("date:")) return [`framed:${figure.slice(5)}`];
  }
  for (const pattern of RECORD_CUES) {
    const match = pattern.exec(view.lead);
    if (match) return [`record:${match[0]}`];
  }
  const provision = provisionCue(view);
  if (provision) return [`provision:${provision}`];
  const event = namedPastEvent(view);
  if (event) return [`event:${event}`];
  return [];
}
