// Party dues (党费收缴、使用和管理的规定, 2008): a monthly percentage of after-tax pay by bracket,
// or a flat 0.20 yuan for students, the unemployed and those on low income.

export const DUES_CATEGORIES = ["employed", "retired", "flat"] as const;
export type DuesCategory = (typeof DUES_CATEGORIES)[number];

/** Upper bound of each bracket (inclusive, yuan) and its rate in percent; the last bracket has no bound. */
export const DUES_BRACKETS: Record<Exclude<DuesCategory, "flat">, readonly { upTo: number; percent: number }[]> = {
  employed: [
    { upTo: 3000, percent: 0.5 },
    { upTo: 5000, percent: 1 },
    { upTo: 10000, percent: 1.5 },
    { upTo: Infinity, percent: 2 },
  ],
  retired: [
    { upTo: 5000, percent: 0.5 },
    { upTo: Infinity, percent: 1 },
  ],
};

export const FLAT_DUES = 0.2;

/** The rate in percent for a category and base; 0 for flat (a fixed amount, not a rate). */
export function duesPercent(category: DuesCategory, base: number): number {
  if (category === "flat") return 0;
  return DUES_BRACKETS[category].find((bracket) => base <= bracket.upTo)?.percent ?? NaN;
}

/**
 * Monthly dues in yuan, rounded half up to the cent. Work in integer cents and hundredths of a
 * percent so that e.g. 3000.01 × 1 % is not perturbed by binary fractions.
 * Throws on an unknown category or a negative / non-finite base (validate the input first).
 */
export function monthlyDues({ category, base }: { category: DuesCategory; base: number }): number {
  if (category === "flat") return FLAT_DUES;
  if (!Object.hasOwn(DUES_BRACKETS, category)) throw new RangeError(`Unknown dues category: ${String(category)}`);
  if (!Number.isFinite(base) || base < 0) throw new RangeError(`Invalid dues base: ${base}`);
  const baseCents = Math.round(base * 100);
  const basisPoints = Math.round(duesPercent(category, baseCents / 100) * 100);
  // Half up on integers: floor((n + 5000) / 10000) is exact; rounding a float such as 1499.995 is not.
  return Math.floor((baseCents * basisPoints + 5000) / 10000) / 100;
}
