// axe-core on the page as it stands, with axe's default rule set: nothing disabled, nothing excluded.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** One line per failing element: "rule-id (impact) target — what axe says is wrong". */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are serialised back: passes and incomplete results are most of axe's answer
  // and nobody reads them here. Every rule still runs.
  // Legacy mode runs axe in the page itself. The default mode opens a blank page per run to merge
  // the results of cross-origin frames, of which the app has none: seconds per check on 2 cores.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      // The failing check's own words say what is wrong here (which attribute, which colours).
      const why = [...node.any, ...node.all, ...node.none].find((check) => check.message)?.message ?? violation.help;
      return `${violation.id} (${violation.impact ?? node.impact ?? "?"}) ${node.target.map(String).join(" ")} — ${why}`;
    }),
  );
}

/** No axe violation on what the page shows now; a failure lists each element and what is wrong with it. */
export async function expectAccessible(page: Page): Promise<void> {
  const found = await axeViolations(page);
  expect(found, `axe violations at ${page.url()}:\n${found.join("\n")}`).toEqual([]);
}
