// The indicator catalogue's vocabulary (党建 + 业务 indicators of the before/after comparison) and
// the periods values are kept for.
import { isIsoDate } from "./dates";

/** The six groups the radiology branch's platform was judged by. */
export const INDICATOR_GROUPS = ["party_building", "team_cohesion", "management_efficiency", "clinical_services", "research_outputs", "education_performance"] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

export const INDICATOR_LEVELS = ["hospital", "department", "branch"] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const INDICATOR_PERIODS = ["month", "quarter", "year"] as const;
export type IndicatorPeriod = (typeof INDICATOR_PERIODS)[number];

/** How an indicator's values arrive: typed in or imported from Excel, or computed from the records by a rule. */
export const INDICATOR_SOURCES = ["entered", "computed"] as const;
/** The rules that compute an indicator from the records (src/domain/indicatorRules.ts). */
export const INDICATOR_RULES = ["org_life_compliance", "commitment_rating"] as const;
export type IndicatorRule = (typeof INDICATOR_RULES)[number];
/** The period each rule computes for. */
export const RULE_PERIOD: Readonly<Record<IndicatorRule, IndicatorPeriod>> = { org_life_compliance: "year", commitment_rating: "quarter" };

/** Below this many values on either side the comparison runs no test ("too few values"). */
export const MIN_VALUES_PER_SIDE = 3;
/** The significance level the screen marks a change at. */
export const SIGNIFICANCE_LEVEL = 0.05;

const PATTERNS: Record<IndicatorPeriod, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

/** Whether `period` is written as its kind wants: 2021-07, 2021-Q3 or 2021. */
export function isPeriodOf(kind: IndicatorPeriod, period: unknown): period is string {
  return typeof period === "string" && PATTERNS[kind].test(period);
}

/** Which kind a period is written as, if any. */
export function periodKindOf(period: unknown): IndicatorPeriod | undefined {
  return INDICATOR_PERIODS.find((kind) => isPeriodOf(kind, period));
}

/** The first day of a period ("2021-Q3" → "2021-07-01"), which decides the side of a cut-over it falls on. */
export function periodStart(period: string): string | undefined {
  const kind = periodKindOf(period);
  if (kind === "month") return `${period}-01`;
  if (kind === "quarter") return `${period.slice(0, 4)}-${String((Number(period.slice(6)) - 1) * 3 + 1).padStart(2, "0")}-01`;
  if (kind === "year") return `${period}-01-01`;
  return undefined;
}

/** The periods of a kind that start in [from, to) — the ones a computing rule fills. */
export function periodsBetween(kind: IndicatorPeriod, from: string, to: string): string[] {
  if (!isIsoDate(from) || !isIsoDate(to)) return [];
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (; year <= last; year++) {
    const candidates =
      kind === "year" ? [String(year)] : kind === "quarter" ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`) : Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
    for (const period of candidates) {
      const start = periodStart(period)!;
      if (start >= from && start < to) out.push(period);
    }
  }
  return out;
}

type Rec = Record<string, unknown>;
const ruleKey = (name: string) => `party.rules.${name}`;

/**
 * A value's period is written as its indicator's period kind, a branch is named unless the
 * indicator is hospital-wide, and one indicator has one value per scope and period.
 */
export function indicatorValueErrors(record: Rec, indicator: Rec | undefined, others: readonly Rec[]): { field: string; key: string; params?: Record<string, string | number> }[] {
  if (!indicator) return [];
  const errors: { field: string; key: string; params?: Record<string, string | number> }[] = [];
  const kind = indicator.period as IndicatorPeriod;
  if ((INDICATOR_PERIODS as readonly string[]).includes(kind) && record.period !== undefined && !isPeriodOf(kind, record.period)) {
    errors.push({ field: "period", key: ruleKey("indicatorPeriodFormat"), params: { example: { month: "2021-07", quarter: "2021-Q3", year: "2021" }[kind] } });
  }
  const hospitalWide = indicator.level === "hospital";
  const hasBranch = record.branchId !== undefined && record.branchId !== null && record.branchId !== "";
  if (!hospitalWide && !hasBranch) errors.push({ field: "branchId", key: ruleKey("indicatorBranchRequired") });
  if (hospitalWide && hasBranch) errors.push({ field: "branchId", key: ruleKey("indicatorHospitalWide") });
  const scope = (r: Rec) => (r.branchId === undefined || r.branchId === null || r.branchId === "" ? "" : String(r.branchId));
  const twin = others.find((o) => String(o.id) !== String(record.id) && String(o.indicatorId) === String(record.indicatorId) && o.period === record.period && scope(o) === scope(record));
  if (twin) errors.push({ field: "period", key: ruleKey("indicatorValueDuplicate"), params: { period: String(record.period) } });
  return errors;
}

/** A computed indicator names its rule; an entered one names none. */
export function indicatorRuleErrors(record: Rec): { field: string; key: string }[] {
  if (record.source === "computed" && !(INDICATOR_RULES as readonly string[]).includes(record.rule as string)) return [{ field: "rule", key: ruleKey("indicatorRuleRequired") }];
  if (record.source === "computed" && record.period !== undefined && record.period !== RULE_PERIOD[record.rule as IndicatorRule]) return [{ field: "period", key: ruleKey("indicatorRulePeriod") }];
  if (record.source !== "computed" && record.rule !== undefined && record.rule !== null && record.rule !== "") return [{ field: "rule", key: ruleKey("indicatorRuleOnlyComputed") }];
  return [];
}
