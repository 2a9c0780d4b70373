import { words } from "../claims/word-classes.ts";

/** Titles and offices that precede a person's name ("President", "Foreign Minister", "Dr."). */
export const TITLES = words(
  "President Vice Prime Minister Chancellor Secretary Senator Sen. Representative Rep. Governor Gov. Mayor General Gen. Admiral Colonel Col. Captain Capt. Lieutenant Major Sergeant King Queen Prince Princess Emperor Empress Pope Bishop Archbishop Cardinal Father Rabbi Imam Sheikh Sultan Emir Judge Justice Ambassador Chairman Chairwoman Chair Speaker Leader Premier Commissioner Director Professor Prof. Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Sir Dame Lord Lady Foreign Defense Defence Finance Interior Deputy Chief Commander Minister Envoy Spokesman Spokeswoman Officer CEO Founder Editor Saint St.",
);

/** Words that only make a place-name longer ("North Atlantic", "New York"), never a person's. */
export const PLACE_WORDS = words(
  "North South East West New Saint San Santa Los Las Fort Port Lake Mount Cape Upper Lower Greater Central Northern Southern Eastern Western",
);

/** Head words of organisations ("… Council", "… Bank", "Ministry of …"). */
export const ORGANISATION_WORDS = words(
  "Council Union Bank Ministry Department Agency Committee Commission Party Court Congress Parliament Senate Assembly Organization Organisation Institute Institution University College School Corporation Company Inc. Inc Ltd Ltd. Group Association Foundation Fund Office Board Authority Alliance Federation Forces Army Navy Guard Police Times Post Journal News Service Reserve Administration Government Cabinet Church Club Network Center Centre Society League Bureau Tribunal Secretariat Directorate Coalition Front Movement Brigade",
);

/** Head words of places ("… River", "… Province"). */
export const PLACE_HEADS = words(
  "River Sea Ocean Island Islands Mountains Mountain Valley Gulf Bay Strait Province County District Region State Republic Kingdom City Street Avenue Square Peninsula Desert Coast Canal Lake",
);

/** Names of documents and events ("… Treaty", "… Accords"): typed `other`. */
export const DOCUMENT_WORDS = words(
  "Treaty Accord Accords Agreement Act Convention Declaration Protocol Charter Constitution Doctrine Plan Pact War Revolution Summit Conference Decree",
);

/** Acronyms that name things, not organisations. */
export const NON_ORGANISATION_ACRONYMS = words(
  "GDP GNP CEO CFO AI TV OK PM AM CO2 COVID HIV AIDS DNA RNA PhD BC AD ID IT PR FAQ NB USD EUR GBP VAT IQ",
);
