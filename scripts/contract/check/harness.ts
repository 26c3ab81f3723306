export type Status = "pass" | "fail" | "skip";

export interface CheckResult {
  name: string;
  status: Status;
  ms: number;
  detail: string;
}

/** Thrown by a check that cannot run (e.g. too few records); reported as skip, not as failure. */
export class Skip extends Error {}

export class CheckFailure extends Error {}

export function expectThat(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

/** Runs named checks in order and records each outcome; a check returns its detail line. */
export function createRun() {
  const results: CheckResult[] = [];
  const passed = new Set<string>();
  return {
    results,
    passed: (name: string) => passed.has(name),
    async check(name: string, fn: () => Promise<string | void>, needs: readonly string[] = []): Promise<void> {
      const started = performance.now();
      const missing = needs.filter((n) => !passed.has(n));
      let status: Status = "pass";
      let detail: string;
      if (missing.length) {
        status = "skip";
        detail = `needs: ${missing.join(", ")}`;
      } else {
        try {
          detail = (await fn()) ?? "";
        } catch (error) {
          status = error instanceof Skip ? "skip" : "fail";
          detail = describe(error);
        }
      }
      if (status === "pass") passed.add(name);
      results.push({ name, status, ms: Math.round(performance.now() - started), detail });
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object") {
    const e = error as { kind?: string; statusCode?: number; message?: string; detail?: string };
    return `unexpected ${e.kind ?? "error"} (status ${e.statusCode ?? "?"}): ${e.detail ?? e.message ?? ""}`.trim();
  }
  return String(error);
}
