import { describe, expect, it } from "vitest";
import {
  applyVeto,
  categoryScores,
  fiveStarCap,
  gradePlan,
  itemsBelowThreshold,
  rectificationNeeded,
  starGrade,
  weightedTotal,
  type ScoringSheet,
} from "../../../src/domain/assessmentScoring";

// Base items 70 %, review 30 %: the common shape of a hospital's sheet.
const sheet: ScoringSheet = {
  categories: [
    { code: "A", weight: 70 },
    { code: "B", weight: 30 },
  ],
  indicators: [
    { code: "A1", categoryCode: "A", maxPoints: 10 },
    { code: "A2", categoryCode: "A", maxPoints: 10 },
    { code: "B1", categoryCode: "B", maxPoints: 5 },
  ],
};

describe("weighting", () => {
  it("weights each category by the share of its items' maximum reached", () => {
    // A: 15 of 20 → 52.5 of 70; B: 4 of 5 → 24 of 30.
    expect(weightedTotal(sheet, { A1: 10, A2: 5, B1: 4 })).toBe(76.5);
    expect(categoryScores(sheet, { A1: 10, A2: 5, B1: 4 })).toEqual([
      { code: "A", weight: 70, points: 52.5 },
      { code: "B", weight: 30, points: 24 },
    ]);
  });
  it("gives 100 for full marks and 0 for none; a missing score counts 0", () => {
    expect(weightedTotal(sheet, { A1: 10, A2: 10, B1: 5 })).toBe(100);
    expect(weightedTotal(sheet, {})).toBe(0);
    expect(weightedTotal(sheet, new Map([["B1", 5]]))).toBe(30);
  });
  it("clamps a score outside 0 … max rather than letting it lift the category", () => {
    expect(weightedTotal(sheet, { A1: 99, A2: -3, B1: 5 })).toBe(65);
  });
  it("rounds only the total (no category rounding moves a branch across a threshold)", () => {
    const thirds: ScoringSheet = { categories: [{ code: "A", weight: 50 }, { code: "B", weight: 50 }], indicators: [{ code: "a", categoryCode: "A", maxPoints: 3 }, { code: "b", categoryCode: "B", maxPoints: 3 }] };
    // 2/3 × 50 twice = 66.666… → 66.7 (rounding each category first would give 66.6).
    expect(weightedTotal(thirds, { a: 2, b: 2 })).toBe(66.7);
  });
});

describe("star thresholds", () => {
  it("≥ 90 five, 80–89 four, 70–79 three, 60–69 two, below 60 one", () => {
    expect([100, 90, 89.9, 80, 79.9, 70, 69.9, 60, 59.9, 0].map((t) => starGrade(t))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });
  it("follows a plan's own thresholds", () => {
    const strict = { five: 95, four: 85, three: 75, two: 65 };
    expect([94, 95, 84, 64].map((t) => starGrade(t, strict))).toEqual([4, 5, 3, 1]);
  });
});

describe("veto", () => {
  it("bars three stars or above and leaves lower grades alone", () => {
    expect([5, 4, 3, 2, 1].map((s) => applyVeto(s as 1 | 2 | 3 | 4 | 5, true))).toEqual([2, 2, 2, 2, 1]);
    expect(applyVeto(5, false)).toBe(5);
  });
  it("applies in a plan's grades before the cap", () => {
    const [vetoed] = gradePlan([{ id: 1, total: 98, vetoed: true }], { branches: 10 });
    expect(vetoed).toMatchObject({ stars: 2, uncappedStars: 2, capped: false });
  });
});

describe("five-star cap (at most 30 % of branches)", () => {
  it("allows floor(30 %) of the branches", () => {
    expect([1, 3, 4, 10, 11, 60].map((n) => fiveStarCap(n))).toEqual([0, 0, 1, 3, 3, 18]);
    expect(fiveStarCap(10, 0.5)).toBe(5);
  });
  it("keeps five stars for the highest totals and shows what the others would have had", () => {
    const rows = [95, 99, 91, 92, 90, 85, 70, 60, 50, 40].map((total, i) => ({ id: i + 1, total, vetoed: false }));
    const grades = gradePlan(rows);
    expect(grades.filter((g) => g.stars === 5).map((g) => g.total)).toEqual([95, 99, 92]);
    expect(grades.filter((g) => g.capped).map((g) => [g.total, g.stars, g.uncappedStars])).toEqual([
      [91, 4, 5],
      [90, 4, 5],
    ]);
    expect(grades.find((g) => g.total === 99)!.rank).toBe(1);
  });
  it("treats branches tied at the cut-off alike", () => {
    const rows = [96, 93, 93, 80, 70, 60, 50].map((total, i) => ({ id: i, total, vetoed: false }));
    // 7 branches → 2 five-star places; the two tied at 93 would make three, so both are capped.
    const grades = gradePlan(rows);
    expect(grades.map((g) => g.stars)).toEqual([5, 4, 4, 4, 3, 2, 1]);
    expect(grades[1].rank).toBe(grades[2].rank);
  });
  it("counts the plan's branches, not only those graded so far", () => {
    const grades = gradePlan([{ id: 1, total: 95, vetoed: false }], { branches: 10 });
    expect(grades[0].stars).toBe(5);
  });
});

describe("rectification", () => {
  it("names the items below 60 % of their maximum", () => {
    expect(itemsBelowThreshold(sheet, { A1: 6, A2: 5.9, B1: 2.4 })).toEqual(["A2", "B1"]);
    expect(itemsBelowThreshold(sheet, { A1: 6, A2: 5.9, B1: 2.4 }, 0.5)).toEqual(["B1"]);
  });
  it("is needed for such items, a veto, or a one- or two-star grade", () => {
    expect(rectificationNeeded([], [], 3)).toBe(false);
    expect(rectificationNeeded(["A2"], [], 4)).toBe(true);
    expect(rectificationNeeded([], ["V1"], 4)).toBe(true);
    expect(rectificationNeeded([], [], 2)).toBe(true);
  });
});
