// 党建考核 scoring: a weighted total out of 100 from a plan's indicator sheet, the star grade by the
// plan's thresholds, the veto rule, and the five-star cap across the branches of one plan. Every
// number is a configurable default from the domain rules ("Branch assessment").

export interface SheetCategory {
  code: string;
  name?: string;
  /** Percent of the total (the categories add up to 100). */
  weight: number;
}

export interface SheetIndicator {
  code: string;
  categoryCode: string;
  title?: string;
  maxPoints: number;
  source?: string;
}

export interface SheetVeto {
  code: string;
  title?: string;
}

export interface ScoringSheet {
  categories: readonly SheetCategory[];
  indicators: readonly SheetIndicator[];
  vetoes?: readonly SheetVeto[];
}

/** The lowest total of each grade above one star: ≥ 90 five, 80–89 four, 70–79 three, 60–69 two, below 60 one. */
export interface StarThresholds {
  five: number;
  four: number;
  three: number;
  two: number;
}

export const DEFAULT_STAR_THRESHOLDS: Readonly<StarThresholds> = { five: 90, four: 80, three: 70, two: 60 };
/** Five stars for at most this share of a plan's branches. */
export const DEFAULT_FIVE_STAR_SHARE = 0.3;
/** A veto (一票否决) or a 软弱涣散 finding bars three stars or above. */
export const VETO_MAX_STARS = 2;
/** One- and two-star branches enter rectification. */
export const RECTIFY_AT_STARS = 2;
/** An item scored below this share of its maximum needs rectification. */
export const DEFAULT_RECTIFY_BELOW = 0.6;

export type Stars = 1 | 2 | 3 | 4 | 5;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Item scores by indicator code; an item with no score counts 0. */
export type ItemScores = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

const scoreOf = (scores: ItemScores, code: string): number => {
  const value = scores instanceof Map ? scores.get(code) : (scores as Record<string, number>)[code];
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
};

/** A category's raw points: the share of its items' maximum reached, times its weight (scores outside 0…max are clamped). */
function rawCategoryPoints(sheet: ScoringSheet, category: SheetCategory, scores: ItemScores): number {
  const items = sheet.indicators.filter((i) => i.categoryCode === category.code);
  const max = items.reduce((sum, i) => sum + i.maxPoints, 0);
  const got = items.reduce((sum, i) => sum + Math.min(Math.max(scoreOf(scores, i.code), 0), i.maxPoints), 0);
  return max > 0 ? (got / max) * category.weight : 0;
}

/** Each category's points out of its weight, to one decimal. */
export function categoryScores(sheet: ScoringSheet, scores: ItemScores): { code: string; points: number; weight: number }[] {
  return sheet.categories.map((category) => ({ code: category.code, weight: category.weight, points: round1(rawCategoryPoints(sheet, category, scores)) }));
}

/** The weighted total out of 100, to one decimal; rounded once at the end, so the categories' own rounding never moves a branch across a threshold. */
export function weightedTotal(sheet: ScoringSheet, scores: ItemScores): number {
  return round1(sheet.categories.reduce((sum, category) => sum + rawCategoryPoints(sheet, category, scores), 0));
}

/** The grade a total earns by the thresholds alone. */
export function starGrade(total: number, thresholds: StarThresholds = DEFAULT_STAR_THRESHOLDS): Stars {
  if (total >= thresholds.five) return 5;
  if (total >= thresholds.four) return 4;
  if (total >= thresholds.three) return 3;
  if (total >= thresholds.two) return 2;
  return 1;
}

/** A veto bars three stars or above, whatever the total. */
export function applyVeto(stars: Stars, vetoed: boolean): Stars {
  return vetoed ? (Math.min(stars, VETO_MAX_STARS) as Stars) : stars;
}

/** How many branches of `branches` may hold five stars. */
export function fiveStarCap(branches: number, share: number = DEFAULT_FIVE_STAR_SHARE): number {
  // The epsilon keeps 10 × 0.3 at 3 despite floating point.
  return Math.max(0, Math.floor(branches * share + 1e-9));
}

export interface GradeInput {
  id: unknown;
  total: number;
  vetoed: boolean;
}

export interface Grade {
  id: unknown;
  total: number;
  vetoed: boolean;
  /** The grade after the veto and the five-star cap. */
  stars: Stars;
  /** The grade by the thresholds and the veto, before the cap; differs from `stars` only when the cap took a fifth star away. */
  uncappedStars: Stars;
  capped: boolean;
  /** 1 for the highest total; equal totals share a rank. */
  rank: number;
}

/**
 * The grades of one plan's evaluated branches. A five-star candidate keeps its fifth star only when
 * the candidates with a total at least as high fit within the cap (`branches`, the plan's branch
 * count, times the share), so branches tied at the cut-off are treated alike: all keep it or none.
 */
export function gradePlan(
  rows: readonly GradeInput[],
  options: { thresholds?: StarThresholds; fiveStarShare?: number; branches?: number } = {},
): Grade[] {
  const thresholds = options.thresholds ?? DEFAULT_STAR_THRESHOLDS;
  const cap = fiveStarCap(options.branches ?? rows.length, options.fiveStarShare ?? DEFAULT_FIVE_STAR_SHARE);
  const uncapped = rows.map((row) => ({ row, stars: applyVeto(starGrade(row.total, thresholds), row.vetoed) }));
  const candidates = uncapped.filter((g) => g.stars === 5).map((g) => g.row.total);
  return uncapped.map(({ row, stars }) => {
    const atLeast = candidates.filter((total) => total >= row.total).length;
    const capped = stars === 5 && atLeast > cap;
    return {
      id: row.id,
      total: row.total,
      vetoed: row.vetoed,
      uncappedStars: stars,
      stars: capped ? 4 : stars,
      capped,
      rank: 1 + rows.filter((other) => other.total > row.total).length,
    };
  });
}

/** The items below the rectification threshold, in sheet order. */
export function itemsBelowThreshold(sheet: ScoringSheet, scores: ItemScores, below: number = DEFAULT_RECTIFY_BELOW): string[] {
  return sheet.indicators.filter((i) => scoreOf(scores, i.code) < i.maxPoints * below - 1e-9).map((i) => i.code);
}

/** What a branch must put right: items below the threshold and triggered vetoes; a one- or two-star grade alone also calls for it. */
export function rectificationNeeded(itemCodes: readonly string[], vetoCodes: readonly string[], stars: Stars | undefined): boolean {
  return itemCodes.length > 0 || vetoCodes.length > 0 || (stars !== undefined && stars <= RECTIFY_AT_STARS);
}
