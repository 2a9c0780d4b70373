import { CHROMIUM_FLAGS, chromiumPath } from "@scholia/test-support";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

/** Lighthouse's four category scores (0–100) for one page and form factor. */
export interface LighthouseScores {
  readonly formFactor: "mobile" | "desktop";
  readonly performance: number | undefined;
  readonly accessibility: number | undefined;
  readonly bestPractices: number | undefined;
  readonly seo: number | undefined;
  /** Scored audits that did not fully pass, by id, for the report. */
  readonly failing: readonly string[];
}

/** The browser tests' Chromium flags, with the new headless mode Lighthouse needs. */
const FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Audits `url` with Lighthouse in Debian's Chromium (launched here, never downloaded). */
export async function auditPage(url: string, formFactor: "mobile" | "desktop"): Promise<LighthouseScores> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: FLAGS, logLevel: "silent" });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string): number | undefined => {
      const value = categories[id]?.score;
      return typeof value === "number" ? Math.round(value * 100) : undefined;
    };
    // Only audits that weigh on a score: Lighthouse's "insights" are advice with no weight.
    const failing = Object.values(categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0))
      .map((ref) => audits[ref.id])
      .filter((audit) => typeof audit?.score === "number" && audit.score < 1)
      .map((audit) => `${audit?.id} (${audit?.score})`);
    return {
      formFactor,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      failing,
    };
  } finally {
    chrome.kill();
  }
}
