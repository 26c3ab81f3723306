// Indicators a rule computes from the records (rather than typed in): one function per rule,
// returning one value per period, for a set of branches.
import { complianceReport } from "./compliance";
import { periodsBetween, periodStart, type IndicatorRule, RULE_PERIOD } from "./indicators";
import type { HeldMeeting } from "./organizationalLife";
import type { PeriodValue } from "./beforeAfter";
import { addMonths } from "./dates";

type Rec = Record<string, unknown>;

export interface RuleRecords {
  branches: readonly Rec[];
  meetings: readonly (HeldMeeting & { branchId?: unknown })[];
  commitments: readonly Rec[];
}

/**
 * 组织生活落实率 per year: of the blocks judged so far (held or missed), the share held, over the
 * branches. Only from the year of the first recorded meeting: years before it were not recorded
 * here, which is not the same as nothing held.
 */
export function orgLifeComplianceValues(records: RuleRecords, from: string, to: string, today: string): PeriodValue[] {
  const first = records.meetings.reduce<string | undefined>((min, m) => (typeof m.date === "string" && (!min || m.date < min) ? m.date : min), undefined);
  if (!first) return [];
  return periodsBetween("year", from, to).flatMap((year) => {
    if (`${year}-01-01` > today || year < first.slice(0, 4)) return [];
    const report = complianceReport(records.branches, records.meetings, { year: Number(year), today });
    let held = 0;
    let missed = 0;
    for (const row of report.rows)
      for (const cell of row.months)
        for (const k of Object.values(cell.kinds)) {
          if (k?.state === "missing") missed++;
          else if (k?.state === "held") held++;
        }
    return held + missed ? [{ period: year, value: Math.round((held / (held + missed)) * 1000) / 10 }] : [];
  });
}

/** 服务承诺平均评价 per quarter: the mean rating of the commitments due in the quarter that have one. */
export function commitmentRatingValues(records: RuleRecords, from: string, to: string): PeriodValue[] {
  return periodsBetween("quarter", from, to).flatMap((quarter) => {
    const start = periodStart(quarter)!;
    const end = addMonths(start, 3);
    const ratings = records.commitments.flatMap((c) => (typeof c.deadline === "string" && c.deadline >= start && c.deadline < end && typeof c.rating === "number" ? [c.rating] : []));
    return ratings.length ? [{ period: quarter, value: Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 }] : [];
  });
}

/** The values a computing rule gives over [from, to). */
export function computedValues(rule: IndicatorRule, records: RuleRecords, from: string, to: string, today: string): PeriodValue[] {
  switch (rule) {
    case "org_life_compliance":
      return orgLifeComplianceValues(records, from, to, today);
    case "commitment_rating":
      return commitmentRatingValues(records, from, to);
  }
}
export { RULE_PERIOD };
