import { assignRoles, type Role } from "./clause-roles.ts";
import { startsWithPhrase } from "./phrase-start.ts";
import { steeringLength } from "./steering.ts";
import { type Token, tokenize } from "./tokens.ts";
import { CONNECTOR_PHRASES, CONNECTORS } from "./word-classes.ts";

/** A sentence prepared for the cue detectors: tokens, clause roles and lower-case views. */
export interface SentenceView {
  readonly tokens: readonly Token[];
  readonly roles: readonly Role[];
  /** Lower-case main-clause tokens joined by spaces; " | " stands where other clauses were cut out. */
  readonly main: string;
  /** Lower-case tokens from the first main-clause token (after any steering lead-in) to the end. */
  readonly lead: string;
  /** Index of the first main-clause token that is not a connector ("But", "Therefore", ","). */
  readonly head: number;
  /** The steering lead-in that was looked past ("consider", "it will be found that"), if any. */
  readonly steering: string | undefined;
}

/** Tokenises a sentence, looks past any steering lead-in and assigns clause roles. */
export function viewSentence(text: string): SentenceView {
  const tokens = tokenize(text);
  const steer = steeringLength(tokens);
  const roles = assignRoles(tokens, steer);
  const head = findHead(tokens, roles, steer);
  return {
    tokens,
    roles,
    main: joinRole(tokens, roles),
    lead: joinLower(tokens, steer, tokens.length),
    head,
    steering: steer > 0 ? joinLower(tokens, 0, steer) : undefined,
  };
}

// The lower-case forms of tokens[from, to) joined by spaces, without intermediate arrays.
function joinLower(tokens: readonly Token[], from: number, to: number): string {
  const words = new Array<string>(Math.max(to - from, 0));
  for (let i = from; i < to; i++) words[i - from] = (tokens[i] as Token).lower;
  return words.join(" ");
}

/** The tokens of `view` whose role is one of `roles`. */
export function tokensIn(view: SentenceView, roles: readonly Role[]): Token[] {
  return view.tokens.filter((_, i) => roles.includes(view.roles[i] ?? "main"));
}

function joinRole(tokens: readonly Token[], roles: readonly Role[]): string {
  const parts: string[] = [];
  let gap = false;
  for (let i = 0; i < tokens.length; i++) {
    if (roles[i] !== "main") {
      gap = parts.length > 0;
      continue;
    }
    if (gap) parts.push("|");
    gap = false;
    parts.push((tokens[i] as Token).lower);
  }
  return parts.join(" ");
}

function findHead(tokens: readonly Token[], roles: readonly Role[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const word = tokens[i]?.lower ?? "";
    // "Second. It is…", "II. The law…": an enumerator's dot is not the clause's first word.
    if (roles[i] !== "main" || CONNECTORS.has(word) || word === "," || word === ".") continue;
    // "IV. The bond…", "b) Ask…": an enumerator before the clause.
    if (i === from && /^(?:[ivxlc]+|[a-z]|\d{1,2})$/.test(word) && /^[.)]$/.test(tokens[i + 1]?.lower ?? "")) {
      i++;
      continue;
    }
    const phrase = startsWithPhrase(tokens, i, CONNECTOR_PHRASES);
    if (phrase > 0) {
      i += phrase - 1;
      continue;
    }
    return i;
  }
  return tokens.length;
}
