// docs/openapi.json passes Redocly's recommended rules (redocly.yaml) with no error and no warning: a
// client generator can trust it (security scheme, summaries, 4xx answers). The CLI reads only local
// files, so this runs offline.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const redocly = path.join(root, "node_modules/.bin/redocly");

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
}

describe("redocly lint docs/openapi.json", () => {
  it("reports no problem under the recommended rules", async () => {
    const { stdout } = await promisify(execFile)(redocly, ["lint", "docs/openapi.json", "--format", "json"], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
    }).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? "" }));
    const report = JSON.parse(stdout) as LintReport;
    const problems = report.problems.map((p) => `${p.ruleId}: ${p.location[0]?.pointer} ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
