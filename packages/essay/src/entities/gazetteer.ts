import { continents, countries } from "countries-list";
import type { EntityType } from "../types.ts";

/** A well-known name: its canonical form, type, and the other ways writers refer to it. */
interface Known {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  /** True for a town or city: a title before the word ("Mr. Hamilton") makes it a person instead. */
  readonly city?: boolean;
}

// Countries (English and native names), capitals and continents come from the countries-list
// package; the lists here add what it lacks: the other names writers use, and large cities that
// are not capitals.
const MULTI_WORD_COUNTRIES: readonly Known[] = [
  {
    name: "United States",
    type: "place",
    aliases: ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America"],
  },
  { name: "United Kingdom", type: "place", aliases: ["UK", "U.K.", "Britain", "Great Britain"] },
  { name: "Russia", type: "place", aliases: ["Russian Federation"] },
  { name: "China", type: "place", aliases: ["People's Republic of China", "PRC"] },
  { name: "South Korea", type: "place" },
  { name: "North Korea", type: "place" },
  { name: "South Africa", type: "place" },
  { name: "Saudi Arabia", type: "place" },
  { name: "New Zealand", type: "place" },
  { name: "Sri Lanka", type: "place" },
  { name: "Middle East", type: "place" },
  { name: "Latin America", type: "place" },
  { name: "New York", type: "place", aliases: ["New York City"] },
  { name: "Los Angeles", type: "place" },
  { name: "San Francisco", type: "place" },
  { name: "Buenos Aires", type: "place" },
  { name: "Mexico City", type: "place" },
  { name: "São Paulo", type: "place", aliases: ["Sao Paulo"] },
  { name: "Rio de Janeiro", type: "place" },
  { name: "Cape Town", type: "place" },
  { name: "Addis Ababa", type: "place" },
  { name: "Abu Dhabi", type: "place" },
  { name: "Tel Aviv", type: "place" },
  { name: "Hong Kong", type: "place" },
  { name: "Kuala Lumpur", type: "place" },
  { name: "New Delhi", type: "place" },
];
const CITIES =
  "Chicago Boston Philadelphia Los_Angeles Houston Dallas Seattle Miami Denver Detroit Atlanta Toronto Montreal Vancouver Sydney Melbourne Auckland Mumbai Kolkata Chennai Bangalore Karachi Lahore Shanghai Osaka Kyoto Busan Istanbul Frankfurt Munich Hamburg Milan Naples Barcelona Seville Lyon Marseille Zurich Geneva Edinburgh Glasgow Manchester Liverpool Birmingham Kharkiv Odesa Lagos Johannesburg Casablanca Dubai Gaza Jerusalem Kiev Washington";
const ORGANISATIONS: readonly Known[] = [
  { name: "United Nations", type: "organisation", aliases: ["UN", "U.N."] },
  { name: "European Union", type: "organisation", aliases: ["EU", "E.U."] },
  {
    name: "NATO",
    type: "organisation",
    aliases: ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"],
  },
  { name: "International Monetary Fund", type: "organisation", aliases: ["IMF"] },
  { name: "World Bank", type: "organisation" },
  { name: "World Health Organization", type: "organisation", aliases: ["WHO", "World Health Organisation"] },
  { name: "World Trade Organization", type: "organisation", aliases: ["WTO", "World Trade Organisation"] },
  { name: "G-7", type: "organisation", aliases: ["G7", "Group of Seven"] },
  { name: "G-20", type: "organisation", aliases: ["G20", "Group of Twenty"] },
  { name: "Federal Reserve", type: "organisation", aliases: ["Fed"] },
  { name: "European Central Bank", type: "organisation", aliases: ["ECB"] },
  { name: "Kremlin", type: "organisation" },
  { name: "White House", type: "organisation" },
  { name: "Pentagon", type: "organisation" },
  { name: "Congress", type: "organisation" },
  { name: "Parliament", type: "organisation" },
  { name: "Senate", type: "organisation" },
  { name: "Supreme Court", type: "organisation" },
  { name: "OPEC", type: "organisation" },
  { name: "African Union", type: "organisation" },
];

const byAlias = new Map<string, Known>();
for (const country of Object.values(countries)) {
  const known: Known = { name: country.name, type: "place" };
  byAlias.set(country.name, known);
  if (country.native && country.native !== country.name) byAlias.set(country.native, known);
  for (const capital of country.capital.split(/,\s*/))
    if (capital) byAlias.set(capital, { name: capital, type: "place", city: true });
}
for (const name of Object.values(continents)) byAlias.set(name, { name, type: "place" });
for (const name of CITIES.split(" "))
  byAlias.set(name.replaceAll("_", " "), { name: name.replaceAll("_", " "), type: "place", city: true });
for (const name of ["England", "Scotland", "Wales", "Palestine", "Kosovo"]) byAlias.set(name, { name, type: "place" });
for (const known of [...MULTI_WORD_COUNTRIES, ...ORGANISATIONS]) {
  byAlias.set(known.name, known);
  for (const alias of known.aliases ?? []) byAlias.set(alias, known);
}

/** The well-known entity a surface form names ("U.S." → United States), or undefined. */
export function lookUpKnown(
  surface: string,
): { readonly name: string; readonly type: EntityType; readonly city?: boolean } | undefined {
  return byAlias.get(surface);
}
