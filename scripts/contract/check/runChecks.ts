import { createRun, type CheckResult } from "./harness";
import type { CheckContext } from "./context";
import { listChecks } from "./listChecks";
import { writeChecks } from "./writeChecks";

export type { CheckContext } from "./context";
export type { CheckResult } from "./harness";

/** Every conformance check, in order, against the backend behind `ctx.provider`. */
export async function runChecks(ctx: CheckContext): Promise<CheckResult[]> {
  const run = createRun();
  await listChecks(run, ctx);
  await writeChecks(run, ctx);
  return run.results;
}
