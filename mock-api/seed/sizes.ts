// Splits the member total over the branches by department weight.
import { DEPARTMENTS } from "./departments";
import { FIXTURE_SIZES, FIXTURE_STAGES, fixtureOf } from "./fixtures";

/** Non-fixture branches stay at or under the 50-member guideline while the total allows it. */
const BRANCH_CAP = 50;
/** Every branch keeps 3 full members (its secretary and potential committee). */
const MIN_BRANCH_SIZE = 3;

function fixedSize(branchId: number): number | undefined {
  const warning = fixtureOf(branchId);
  return warning && FIXTURE_SIZES[warning];
}

function minimumSize(branchId: number): number {
  const warning = fixtureOf(branchId);
  return fixedSize(branchId) ?? Math.max(MIN_BRANCH_SIZE, (warning && FIXTURE_STAGES[warning]?.length) ?? 0);
}

const MINIMUMS = DEPARTMENTS.map((_, i) => minimumSize(i + 1));

/** The smallest member total that still holds every branch and warning fixture. */
export const MIN_MEMBERS = MINIMUMS.reduce((a, b) => a + b, 0);

/** Branch sizes, indexed like DEPARTMENTS; they add up to `total` exactly. */
export function branchSizes(total: number): number[] {
  if (!Number.isInteger(total) || total < MIN_MEMBERS) {
    throw new RangeError(`members must be an integer ≥ ${MIN_MEMBERS}, got ${total}`);
  }
  const sizes = [...MINIMUMS];
  const free = sizes.map((_, i) => i).filter((i) => fixedSize(i + 1) === undefined);
  const fixedTotal = sizes.reduce((sum, size, i) => (free.includes(i) ? sum : sum + size), 0);
  const capFits = free.length * BRANCH_CAP + fixedTotal >= total;
  const cap = capFits ? BRANCH_CAP : Infinity;
  let remaining = total - sizes.reduce((a, b) => a + b, 0);
  while (remaining > 0) {
    const open = free.filter((i) => sizes[i] < cap);
    const weight = open.reduce((sum, i) => sum + DEPARTMENTS[i].weight, 0);
    let given = 0;
    for (const i of open) {
      const share = Math.min(Math.floor((remaining * DEPARTMENTS[i].weight) / weight), cap - sizes[i]);
      sizes[i] += share;
      given += share;
    }
    // Rounding leftovers go one by one to the heaviest open departments.
    if (given === 0) {
      const heaviest = [...open].sort((a, b) => DEPARTMENTS[b].weight - DEPARTMENTS[a].weight || a - b);
      for (const i of heaviest.slice(0, remaining)) sizes[i] += 1;
      given = Math.min(remaining, heaviest.length);
    }
    remaining -= given;
  }
  return sizes;
}
