import type { AstroUserConfig } from "astro";

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig["security"]>["csp"]>, boolean>;
type CspDirective = NonNullable<CspOptions["directives"]>[number];

/** One path rule of a `_headers` file: a URL pattern and the headers it sets or detaches. */
export interface HeaderRule {
  readonly pattern: string;
  readonly set: readonly (readonly [string, string])[];
  /** Header names to remove from a broader rule that also matched (Cloudflare's `! Name`). */
  readonly detach?: readonly string[];
}

/**
 * The site's response headers for static hosts that read a `_headers` file (Cloudflare Pages,
 * Netlify): no page may be framed except the iframe pages under `embed/`, which anyone may frame,
 * and JSON records may be fetched from any origin so that other sites can embed passages.
 */
export function headerRules(base: string): HeaderRule[] {
  return [
    {
      pattern: `${base}*`,
      set: [
        ["X-Frame-Options", "DENY"],
        ["Content-Security-Policy", "frame-ancestors 'none'"],
        ["X-Content-Type-Options", "nosniff"],
        ["Referrer-Policy", "strict-origin-when-cross-origin"],
      ],
    },
    {
      pattern: `${base}embed/*`,
      set: [["Content-Security-Policy", "frame-ancestors *"]],
      detach: ["X-Frame-Options", "Content-Security-Policy"],
    },
    { pattern: `${base}*.json`, set: [["Access-Control-Allow-Origin", "*"]] },
    { pattern: `${base}*.jsonld`, set: [["Access-Control-Allow-Origin", "*"]] },
    { pattern: `${base}embed.js`, set: [["Access-Control-Allow-Origin", "*"]] },
    // The oEmbed and iframe embed code load the host script as a module, which browsers fetch with CORS.
    { pattern: `${base}embed-host.js`, set: [["Access-Control-Allow-Origin", "*"]] },
  ];
}

/** Writes rules in the `_headers` format: a pattern line, then indented `Name: value` lines. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return `${rules
    .map((rule) =>
      [
        rule.pattern,
        ...(rule.detach ?? []).map((name) => `  ! ${name}`),
        ...rule.set.map(([name, value]) => `  ${name}: ${value}`),
      ].join("\n"),
    )
    .join("\n")}\n`;
}

/** The Content-Security-Policy directives every page carries in its `<meta>` (Astro adds script and style hashes). */
export const CSP_DIRECTIVES: CspDirective[] = [
  "default-src 'self'",
  // Authors' figures are often hosted elsewhere; images run no script, and one that cannot load shows its alt text.
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
