import type { EntityType, Mention } from "../types.ts";

/** An entity being built: its name, type, surface forms and mentions. */
export interface Draft {
  name: string;
  type: EntityType;
  guessed: boolean;
  readonly aliases: Set<string>;
  readonly mentions: Mention[];
}

/**
 * Merges short forms into the full name they abbreviate: a surname or an initialled name into the
 * one person whose name ends with it ("Macron", "E. Macron" → "Emmanuel Macron"), and an acronym into
 * the organisation whose initials it spells.
 */
export function mergeAliases(drafts: Map<string, Draft>): void {
  // Full names only: "E. Macron" is itself a short form of "Emmanuel Macron".
  const people = [...drafts.values()].filter(
    (draft) => draft.type === "person" && draft.name.includes(" ") && !/^\p{Lu}\.\s/u.test(draft.name),
  );
  for (const draft of [...drafts.values()]) {
    const target = personFor(draft, people) ?? expansionFor(draft, drafts);
    if (!target || target === draft) continue;
    target.mentions.push(...draft.mentions);
    for (const alias of draft.aliases) target.aliases.add(alias);
    drafts.delete(draft.name);
  }
}

function personFor(draft: Draft, people: readonly Draft[]): Draft | undefined {
  const words = draft.name.split(" ");
  // A one-word place ("Hamilton") yields to a person the essay names in full ("Alexander Hamilton").
  const surnameOnly = words.length === 1 && draft.type === "place";
  if (draft.type !== "person" && draft.type !== "other" && !surnameOnly) return undefined;
  const surname = words[words.length - 1] ?? "";
  const initials = words.slice(0, -1);
  const onlyInitials = initials.every((word) => /^\p{Lu}\.$/u.test(word));
  if (!onlyInitials) return undefined;
  const matches = people.filter((person) => {
    if (person === draft) return false;
    const parts = person.name.split(" ");
    if (parts[parts.length - 1] !== surname) return false;
    return initials.every((initial, k) => parts[k]?.startsWith(initial.slice(0, 1)));
  });
  return matches.length === 1 ? matches[0] : undefined;
}

function expansionFor(draft: Draft, drafts: Map<string, Draft>): Draft | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(draft.name)) return undefined;
  for (const other of drafts.values()) {
    if (other === draft || other.type !== "organisation" || !other.name.includes(" ")) continue;
    const initials = other.name
      .split(" ")
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join("");
    if (initials === draft.name) return other;
  }
  return undefined;
}
