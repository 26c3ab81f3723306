// The comparison's figures against references computed independently: means and SDs by hand,
// the tests by SciPy 1.17 (stats.ttest_ind(after, before, equal_var=False) and
// stats.mannwhitneyu(before, after, method="asymptotic", use_continuity=False)).
import { describe, expect, it } from "vitest";
import { compareAroundCutOver, compareSamples, MIN_VALUES_PER_SIDE, splitAtCutOver } from "../../../src/domain/beforeAfter";
import { periodsBetween, periodStart } from "../../../src/domain/indicators";

const BEFORE = [19.1, 20.3, 18.7, 21.0, 20.1];
const AFTER = [22.4, 23.1, 21.9, 24.0];

describe("compareSamples", () => {
  it("gives n, mean, SD and the change in % as computed by hand", () => {
    const c = compareSamples(BEFORE, AFTER);
    expect(c.before).toEqual({ n: 5, mean: expect.closeTo(19.84, 10), sd: expect.closeTo(0.931665, 5) }); // √(3.472 / 4)
    expect(c.after).toEqual({ n: 4, mean: expect.closeTo(22.85, 10), sd: expect.closeTo(0.911043, 5) }); // √(2.49 / 3)
    expect(c.changePercent).toBeCloseTo(15.171371, 5); // 3.01 / 19.84
  });

  it("Welch's t-test matches SciPy: t 4.875813, df 6.635980, p 0.0020959", () => {
    const { welch, significant, tooFew } = compareSamples(BEFORE, AFTER);
    expect(tooFew).toBe(false);
    expect(welch!.t).toBeCloseTo(4.875813, 5);
    expect(welch!.df).toBeCloseTo(6.635980, 5);
    expect(welch!.p).toBeCloseTo(0.0020958776, 8);
    expect(significant).toBe(true);
  });

  it("Mann–Whitney U matches SciPy: U 0, p 0.0143059", () => {
    const { mannWhitney } = compareSamples(BEFORE, AFTER);
    expect(mannWhitney).toEqual({ u: 0, p: expect.closeTo(0.0143058784, 8) });
  });

  it("with ties: Welch t 2.383640, df 14.998823, p 0.0307943; U 14.5, p 0.0367870 (tie-corrected)", () => {
    const c = compareSamples([3, 4, 4, 5, 6, 6, 7, 9], [5, 6, 6, 7, 8, 8, 9, 10, 12]);
    expect(c.welch!.t).toBeCloseTo(2.38364, 5);
    expect(c.welch!.df).toBeCloseTo(14.998823, 5);
    expect(c.welch!.p).toBeCloseTo(0.0307943416, 7);
    expect(c.mannWhitney!.u).toBe(14.5);
    expect(c.mannWhitney!.p).toBeCloseTo(0.0367870329, 7);
  });

  it("runs no test below the minimum on either side, but still describes the values", () => {
    expect(MIN_VALUES_PER_SIDE).toBe(3);
    const c = compareSamples([1, 2], [3, 4, 5]);
    expect(c).toMatchObject({ tooFew: true, welch: null, mannWhitney: null, significant: false, before: { n: 2, mean: 1.5 } });
  });

  it("has no test when nothing varies, and no change in % from a zero mean", () => {
    const c = compareSamples([0, 0, 0], [0, 0, 0]);
    expect(c).toMatchObject({ tooFew: false, welch: null, mannWhitney: null, changePercent: null, significant: false });
  });
});

describe("the window around a cut-over", () => {
  it("puts a period on the side its first day falls on, within the years on each side", () => {
    const values = ["2018-06", "2018-07", "2021-06", "2021-07", "2024-06", "2024-07"].map((period, i) => ({ period, value: i }));
    const { before, after } = splitAtCutOver(values, { cutOver: "2021-07-01", years: 3 });
    expect(before.map((v) => v.period)).toEqual(["2018-07", "2021-06"]);
    expect(after.map((v) => v.period)).toEqual(["2021-07", "2024-06"]);
  });

  it("reads quarters and years by their first day", () => {
    expect(periodStart("2021-Q3")).toBe("2021-07-01");
    expect(periodStart("2021")).toBe("2021-01-01");
    expect(periodStart("2021-13")).toBeUndefined();
    expect(periodsBetween("quarter", "2021-01-01", "2021-10-01")).toEqual(["2021-Q1", "2021-Q2", "2021-Q3"]);
    const c = compareAroundCutOver(
      ["2020-Q1", "2020-Q2", "2020-Q3", "2021-Q3", "2021-Q4", "2022-Q1"].map((period, i) => ({ period, value: [1, 2, 3, 5, 6, 7][i] })),
      { cutOver: "2021-07-01", years: 3 },
    );
    expect(c.before.n).toBe(3);
    expect(c.after.n).toBe(3);
    expect(c.series).toHaveLength(6);
  });
});
