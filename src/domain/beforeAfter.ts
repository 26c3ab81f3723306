// The before/after comparison of one indicator around a cut-over date (the launch of a
// "Party building + Services" platform): descriptive figures and two two-sample tests. The
// statistics come from maintained libraries, never hand-written:
// - mean and sample standard deviation, and the before sample's rank sum: simple-statistics;
// - Welch's t-test (unequal variances, Welch–Satterthwaite degrees of freedom): @stdlib/stats-ttest2;
// - the Mann–Whitney p-value: @stdlib/stats-kruskal-test on the two samples. With two groups the
//   Kruskal–Wallis H (tie-corrected) is the square of Mann–Whitney's normal-approximation z, so its
//   chi-square (1 df) p-value is the two-sided Mann–Whitney p (asymptotic, no continuity correction).
import kruskalTest from "@stdlib/stats-kruskal-test";
import ttest2 from "@stdlib/stats-ttest2";
import { mean, sampleStandardDeviation, wilcoxonRankSum } from "simple-statistics";
import { addYears, isIsoDate } from "./dates";
import { periodStart } from "./indicators";

import { MIN_VALUES_PER_SIDE, SIGNIFICANCE_LEVEL } from "./indicators";

export { MIN_VALUES_PER_SIDE, SIGNIFICANCE_LEVEL };

export interface PeriodValue {
  period: string;
  value: number;
}

export interface SideFigures {
  n: number;
  mean: number | null;
  sd: number | null;
}

export interface TwoSampleTests {
  /** Welch's t (after minus before), its degrees of freedom and two-sided p. */
  welch: { t: number; df: number; p: number } | null;
  /** Mann–Whitney U of the before sample (as SciPy reports it) and the two-sided p. */
  mannWhitney: { u: number; p: number } | null;
}

export interface Comparison extends TwoSampleTests {
  before: SideFigures;
  after: SideFigures;
  /** (mean after − mean before) / |mean before| in %, null when the before mean is 0 or absent. */
  changePercent: number | null;
  /** Either side has fewer than the minimum: no test. */
  tooFew: boolean;
  /** Welch's p below the significance level. */
  significant: boolean;
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

function side(values: readonly number[]): SideFigures {
  return {
    n: values.length,
    mean: values.length ? mean([...values]) : null,
    sd: values.length > 1 ? sampleStandardDeviation([...values]) : null,
  };
}

/** Both tests on two samples; a test whose figures are undefined (no variation at all) is null. */
export function twoSampleTests(before: readonly number[], after: readonly number[]): TwoSampleTests {
  const x = [...after];
  const y = [...before];
  let welch: TwoSampleTests["welch"] = null;
  const t = ttest2(x, y);
  if (Number.isFinite(t.statistic) && Number.isFinite(t.pValue) && Number.isFinite(t.df)) welch = { t: t.statistic, df: t.df, p: t.pValue };
  let mannWhitney: TwoSampleTests["mannWhitney"] = null;
  const all = [...before, ...after];
  if (new Set(all).size > 1) {
    const u = wilcoxonRankSum([...before], [...after]) - (before.length * (before.length + 1)) / 2;
    const k = kruskalTest([...before], [...after]);
    if (Number.isFinite(k.pValue)) mannWhitney = { u, p: k.pValue };
  }
  return { welch, mannWhitney };
}

/** The comparison of two samples: n, mean and SD of each, the change in %, and the tests when both have enough values. */
export function compareSamples(before: readonly number[], after: readonly number[], minimum = MIN_VALUES_PER_SIDE): Comparison {
  const b = side(before);
  const a = side(after);
  const changePercent = b.mean !== null && a.mean !== null && b.mean !== 0 ? finite(((a.mean - b.mean) / Math.abs(b.mean)) * 100) : null;
  const tooFew = before.length < minimum || after.length < minimum;
  const tests = tooFew ? { welch: null, mannWhitney: null } : twoSampleTests(before, after);
  return { before: b, after: a, changePercent, tooFew, ...tests, significant: !!tests.welch && tests.welch.p < SIGNIFICANCE_LEVEL };
}

export interface Window {
  /** The first day of the "after" side, e.g. 2021-07-01. */
  cutOver: string;
  /** Years on each side. */
  years: number;
}

/** Splits values by the start of their period: [cutOver − years, cutOver) before, [cutOver, cutOver + years) after; the rest is outside. */
export function splitAtCutOver<T extends PeriodValue>(values: readonly T[], window: Window): { before: T[]; after: T[] } {
  const from = addYears(window.cutOver, -window.years);
  const to = addYears(window.cutOver, window.years);
  const before: T[] = [];
  const after: T[] = [];
  for (const v of values) {
    const start = periodStart(v.period);
    if (!start || !isIsoDate(start) || !Number.isFinite(v.value)) continue;
    if (start >= from && start < window.cutOver) before.push(v);
    else if (start >= window.cutOver && start < to) after.push(v);
  }
  const byPeriod = (p: T, q: T) => periodStart(p.period)!.localeCompare(periodStart(q.period)!);
  return { before: before.sort(byPeriod), after: after.sort(byPeriod) };
}

/** One indicator's comparison over a window, from its values in any order. */
export function compareAroundCutOver(values: readonly PeriodValue[], window: Window, minimum = MIN_VALUES_PER_SIDE) {
  const { before, after } = splitAtCutOver(values, window);
  return { ...compareSamples(before.map((v) => v.value), after.map((v) => v.value), minimum), series: [...before, ...after] };
}
