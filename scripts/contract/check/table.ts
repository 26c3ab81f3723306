import type { CheckResult } from "./harness";

const LABEL = { pass: "PASS", fail: "FAIL", skip: "SKIP" } as const;

/** A plain-text table (ASCII check names, so columns line up in any terminal), then a summary line. */
export function formatTable(title: string, results: readonly CheckResult[]): string {
  const width = Math.max(5, ...results.map((r) => r.name.length));
  const lines = [title, "", `${"result".padEnd(6)}  ${"check".padEnd(width)}  ${"ms".padStart(6)}  detail`];
  for (const r of results) lines.push(`${LABEL[r.status].padEnd(6)}  ${r.name.padEnd(width)}  ${String(r.ms).padStart(6)}  ${r.detail}`);
  const count = (status: CheckResult["status"]) => results.filter((r) => r.status === status).length;
  lines.push("", `${count("pass")} passed, ${count("fail")} failed, ${count("skip")} skipped`);
  return lines.join("\n");
}

export const anyFailed = (results: readonly CheckResult[]) => results.some((r) => r.status === "fail");
