// The before/after comparison over the catalogue: for a scope (the hospital or one branch), each
// indicator kept at that level, its values on both sides of the cut-over and the tests.
import { addYears } from "./dates";
import { compareAroundCutOver, MIN_VALUES_PER_SIDE, type PeriodValue } from "./beforeAfter";
import { computedValues, type RuleRecords } from "./indicatorRules";
import type { IndicatorRule } from "./indicators";

type Rec = Record<string, unknown>;

export interface ComparisonQuery {
  /** "hospital" or a branch id. */
  scope: string;
  cutOver: string;
  years: number;
  today: string;
  /** Only the hospital-wide indicators the administrators made public (a member's view). */
  publicOnly?: boolean;
  minimum?: number;
}

const levelsOf = (scope: string) => (scope === "hospital" ? ["hospital"] : ["department", "branch"]);

export function indicatorComparison(data: { all(resource: string): Rec[] }, q: ComparisonQuery) {
  const levels = levelsOf(q.scope);
  const catalogue = data.all("indicators").filter((i) => levels.includes(String(i.level)) && (!q.publicOnly || (i.public === true && i.level === "hospital")));
  const values = data.all("indicator-values");
  const from = addYears(q.cutOver, -q.years);
  const to = addYears(q.cutOver, q.years);
  const branches = data.all("branches").filter((b) => q.scope === "hospital" || String(b.id) === q.scope);
  const ids = new Set(branches.map((b) => String(b.id)));
  let records: RuleRecords | undefined;
  const recordsFor = () =>
    (records ??= {
      branches,
      meetings: data
        .all("meetings")
        .filter((m) => ids.has(String(m.branchId)))
        .map((m) => ({ id: m.id, branchId: m.branchId, kind: String(m.kind), date: String(m.date), status: m.status })),
      commitments: data.all("commitments").filter((c) => ids.has(String(c.branchId))),
    });
  const inScope = (v: Rec) => (q.scope === "hospital" ? v.branchId === undefined || v.branchId === null || v.branchId === "" : String(v.branchId) === q.scope);
  return catalogue.map((indicator) => {
    const series: PeriodValue[] =
      indicator.source === "computed"
        ? computedValues(indicator.rule as IndicatorRule, recordsFor(), from, to, q.today)
        : values.filter((v) => String(v.indicatorId) === String(indicator.id) && inScope(v) && typeof v.value === "number").map((v) => ({ period: String(v.period), value: v.value as number }));
    const comparison = compareAroundCutOver(series, { cutOver: q.cutOver, years: q.years }, q.minimum ?? MIN_VALUES_PER_SIDE);
    return {
      indicatorId: indicator.id,
      name: String(indicator.name),
      group: String(indicator.group),
      unit: String(indicator.unit ?? ""),
      higherIsBetter: indicator.higherIsBetter !== false,
      period: String(indicator.period),
      source: String(indicator.source ?? "entered"),
      ...comparison,
    };
  });
}
export type IndicatorComparisonRow = ReturnType<typeof indicatorComparison>[number];
