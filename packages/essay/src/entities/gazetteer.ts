import type { EntityType } from "../types.ts";

/** A well-known name: its canonical form, type, and the other ways writers refer to it. */
interface Known {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
}

// General knowledge: countries, major cities and international organisations. Deliberately small.
const COUNTRIES =
  "Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt Eritrea Estonia Ethiopia Finland France Georgia Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Madagascar Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe England Europe Africa Asia";
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
  "Amsterdam Ankara Athens Baghdad Beijing Beirut Berlin Brussels Bucharest Budapest Cairo Caracas Chicago Copenhagen Damascus Delhi Doha Dublin Geneva Havana Helsinki Istanbul Jakarta Jerusalem Kabul Kyiv Kiev Lagos Lisbon London Madrid Manila Minsk Moscow Mumbai Nairobi Oslo Ottawa Paris Prague Pyongyang Riga Rome Seoul Shanghai Singapore Stockholm Sydney Taipei Tallinn Tehran Tokyo Toronto Vienna Vilnius Warsaw Washington Boston Philadelphia Edinburgh Manchester Tbilisi Yerevan Baku Kharkiv Odesa Gaza Ramallah Islamabad Karachi Dhaka Hanoi Bangkok Santiago Lima Bogota Bogotá Quito Montevideo Brasília Brasilia Johannesburg Accra Dakar Kinshasa Luanda Algiers Tunis Rabat Casablanca Riyadh Dubai Muscat Amman Canberra Melbourne Wellington Auckland Vancouver Montreal Mumbai Kolkata Chennai Bangalore Lahore Osaka Kyoto Busan Frankfurt Munich Hamburg Milan Naples Barcelona Seville Lyon Marseille Zurich Glasgow Liverpool Birmingham Belfast Cardiff Detroit Atlanta Houston Dallas Seattle Miami Denver";
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
for (const name of COUNTRIES.split(" ")) byAlias.set(name, { name, type: "place" });
for (const name of CITIES.split(" ")) byAlias.set(name, { name, type: "place" });
for (const known of [...MULTI_WORD_COUNTRIES, ...ORGANISATIONS]) {
  byAlias.set(known.name, known);
  for (const alias of known.aliases ?? []) byAlias.set(alias, known);
}

/** The well-known entity a surface form names ("U.S." → United States), or undefined. */
export function lookUpKnown(surface: string): { readonly name: string; readonly type: EntityType } | undefined {
  return byAlias.get(surface);
}
