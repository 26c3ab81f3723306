// The one place that decides the 自行脱党 review flag (Party constitution art. 9): six consecutive
// months without paying dues or without organizational life, without good reason, call for a
// review; local practice warns at three. Dues and organizational life each count their own months
// and bring them here, so both sources raise the same flag by the same numbers.
import { INACTIVITY_MONTHS } from "./membershipStatus";
import type { DomainWarning } from "./warnings";

export type SelfLapseLevel = "none" | "warn" | "review";
export type SelfLapseSource = "dues" | "organizationalLife";

export interface SelfLapseInput {
  /** Consecutive months, up to the last complete one, with dues still owed (duesLedger.ts). */
  monthsWithoutDues: number;
  /** Consecutive months without organizational life, when that module supplies it. */
  monthsWithoutOrganizationalLife?: number;
}

export interface SelfLapseFlag {
  level: SelfLapseLevel;
  /** The longer of the two runs. */
  months: number;
  /** The sources at or above the level's threshold. */
  sources: SelfLapseSource[];
}

const levelOf = (months: number, thresholds: { warn: number; review: number }): SelfLapseLevel =>
  months >= thresholds.review ? "review" : months >= thresholds.warn ? "warn" : "none";

export function selfLapseFlag(input: SelfLapseInput, thresholds: { warn: number; review: number } = INACTIVITY_MONTHS): SelfLapseFlag {
  const runs: [SelfLapseSource, number][] = [["dues", Math.max(0, input.monthsWithoutDues)]];
  if (input.monthsWithoutOrganizationalLife !== undefined) runs.push(["organizationalLife", Math.max(0, input.monthsWithoutOrganizationalLife)]);
  const months = Math.max(...runs.map(([, n]) => n));
  const level = levelOf(months, thresholds);
  const sources = level === "none" ? [] : runs.filter(([, n]) => levelOf(n, thresholds) === level).map(([source]) => source);
  return { level, months, sources };
}

/**
 * The flag as a badge: party.warnings.selfLapse.<warn|review>.<dues|organizationalLife|both>,
 * with the months; undefined below the warning threshold.
 */
export function selfLapseWarning(input: SelfLapseInput): DomainWarning | undefined {
  const flag = selfLapseFlag(input);
  if (flag.level === "none") return undefined;
  const source = flag.sources.length > 1 ? "both" : flag.sources[0];
  return { code: "selfLapse", key: `party.warnings.selfLapse.${flag.level}.${source}`, level: flag.level === "review" ? "error" : "warning", params: { months: flag.months } };
}

/** Every key selfLapseWarning can give (for the locale files' check). */
export const SELF_LAPSE_KEYS = (["warn", "review"] as const).flatMap((level) => (["dues", "organizationalLife", "both"] as const).map((source) => `party.warnings.selfLapse.${level}.${source}`));
