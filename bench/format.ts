/** A Markdown table from a header row and data rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Bytes as KB (10^3) or MB (10^6), one decimal. */
export function bytes(value: number | undefined): string {
  if (value === undefined) return "—";
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
  return `${(value / 1e3).toFixed(1)} KB`;
}

/** A number with a fixed count of decimals, or a dash when missing. */
export function fixed(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? "—" : value.toFixed(digits);
}

/** A whole number with thousands separators. */
export function count(value: number | undefined): string {
  return value === undefined ? "—" : new Intl.NumberFormat("en").format(value);
}

/** "yes" or "no" for a goal, with what was measured. */
export function verdict(met: boolean | undefined): string {
  if (met === undefined) return "not measured";
  return met ? "met" : "**not met**";
}
