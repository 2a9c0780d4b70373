/** A publication date as far as it is known: a year, perhaps a month, perhaps a day. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/**
 * Reads an ISO 8601 date or its leading part (`2024`, `2024-03`, `2024-03-05`, `2024-03-05T10:00Z`).
 * @example parseDate("2024-03") // { year: 2024, month: 3 }
 */
export function parseDate(text: string | undefined): PartialDate | undefined {
  const match = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(text ?? "");
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && new Date(Date.UTC(year, (month ?? 1) - 1, day)).getUTCDate() !== day) return undefined;
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

const utc = (date: PartialDate): Date => new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));

// Building an Intl.DateTimeFormat costs far more than formatting with one, and every passage page
// cites its essay's date three ways: one formatter per set of fields, made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
const usFormat = (fields: { year?: boolean; month?: boolean; day?: boolean }): Intl.DateTimeFormat => {
  const key = `${fields.year ? "y" : ""}${fields.month ? "m" : ""}${fields.day ? "d" : ""}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: "UTC",
      ...(fields.year && { year: "numeric" }),
      ...(fields.month && { month: "long" }),
      ...(fields.day && { day: "numeric" }),
    });
    formatters.set(key, format);
  }
  return format;
};

/** Formats a partial date in US English with Intl.DateTimeFormat: "March 5, 2024", "March 2024" or "2024". */
export function longDate(date: PartialDate): string {
  return usFormat({ year: true, month: date.month !== undefined, day: date.day !== undefined }).format(utc(date));
}

/** The month as MLA abbreviates it: May, June and July whole, September as "Sept.", the rest to three letters. */
const mlaMonth = (name: string): string => {
  if (name.length <= 4) return name;
  return name === "September" ? "Sept." : `${name.slice(0, 3)}.`;
};

/** Formats a partial date the MLA way, day before month: "5 Mar. 2024", "Sept. 2024" or "2024". */
export function mlaDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const month = mlaMonth(usFormat({ month: true }).format(utc(date)));
  return [date.day, month, date.year].filter((part) => part !== undefined).join(" ");
}

/** Formats a partial date the APA way, year first: "2024, March 5", "2024, March" or "2024". */
export function apaDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const parts = usFormat({ month: true, day: date.day !== undefined }).format(utc(date));
  return `${date.year}, ${parts}`;
}

/** The date as Google Scholar's `citation_publication_date` wants it: "2024/03/05", "2024/03" or "2024". */
export function scholarDate(date: PartialDate): string {
  const pad = (value: number): string => String(value).padStart(2, "0");
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join("/");
}
