// The yearly dues base (党费计算基数): what it is made of, which one is in force in a month, and
// when a monthly amount needs a second look. The amounts by bracket are in dues.ts.
import { monthlyDues, type DuesCategory } from "./dues";
import { monthKey } from "./months";
import type { FieldError, RecordRule } from "./types";
import { numberOf } from "./values";

/**
 * Hospital staff (事业单位): 岗位工资 + 薪级工资 + 基础性绩效 + 津贴补贴, after income tax. 奖励性绩效
 * (reward performance pay), the five insurances, the housing fund, annuities and reform allowances
 * are not part of it.
 */
export const STAFF_BASE_COMPONENTS = ["postSalary", "gradeSalary", "basicPerformance", "allowances"] as const;
/** Recorded from the payroll sheet for completeness, never counted. */
export const EXCLUDED_PAY_COMPONENTS = ["rewardPerformance"] as const;
/** Retirees: the basic pension only. */
export const RETIREE_BASE_COMPONENT = "basicPension";

/** Generally at most 1,000 yuan a month: more is flagged for the Party committee to review. */
export const DUES_REVIEW_ABOVE = 1000;
/** A monthly base above this is taken for a typing error (a year's pay, cents for yuan). Configurable. */
export const DUES_BASE_CEILING = 200_000;

const cents = (n: number) => Math.round(n * 100);
const amount = (record: Record<string, unknown>, field: string) => numberOf(record, field) ?? 0;

/**
 * The monthly base in yuan: the staff components less income tax (never below 0), the basic pension
 * for retirees, 0 for the flat rate (its amount does not depend on pay).
 */
export function duesBaseFromComponents(record: Record<string, unknown>): number {
  const category = record.category as DuesCategory;
  if (category === "retired") return cents(amount(record, RETIREE_BASE_COMPONENT)) / 100;
  if (category !== "employed") return 0;
  const gross = STAFF_BASE_COMPONENTS.reduce((sum, field) => sum + cents(amount(record, field)), 0);
  return Math.max(0, gross - cents(amount(record, "incomeTax"))) / 100;
}

/** The monthly amount a base record sets. */
export const monthlyAmountOf = (record: Record<string, unknown>) =>
  monthlyDues({ category: record.category as DuesCategory, base: duesBaseFromComponents(record) });

export const needsDuesReview = (monthlyAmount: number) => monthlyAmount > DUES_REVIEW_ABOVE;

export interface DuesBaseRecord {
  memberId: unknown;
  year: number;
  /** 1 for the base set in the first quarter; a later month for a pay change, which applies from it. */
  fromMonth?: number;
  [field: string]: unknown;
}

/** The month a base record takes effect: "2026-01", or a pay change's month. */
export const effectiveMonth = (base: DuesBaseRecord) => monthKey(base.year, Number(base.fromMonth ?? 1));

/**
 * The base in force in `month` among one member's base records: the latest of that year that took
 * effect by then. The amount is fixed for the year, so a base never carries into the next year.
 */
export function baseInForce<T extends DuesBaseRecord>(bases: readonly T[], month: string): T | undefined {
  let found: T | undefined;
  for (const base of bases) {
    if (Number(base.year) !== Number(month.slice(0, 4))) continue;
    const from = effectiveMonth(base);
    if (from <= month && (!found || from > effectiveMonth(found))) found = base;
  }
  return found;
}

const key = (name: string) => `party.rules.${name}`;

/** Staff bases come from pay components, retirees' from the pension; the base must be plausible. */
export const duesBaseComponentsRule: RecordRule = (record) => {
  const errors: FieldError[] = [];
  const category = record.category;
  if (category === "employed") {
    if (numberOf(record, "postSalary") === undefined) errors.push({ field: "postSalary", key: key("duesStaffComponentsRequired") });
    if (numberOf(record, RETIREE_BASE_COMPONENT)) errors.push({ field: RETIREE_BASE_COMPONENT, key: key("duesPensionForRetirees") });
  }
  if (category === "retired") {
    if (numberOf(record, RETIREE_BASE_COMPONENT) === undefined) errors.push({ field: RETIREE_BASE_COMPONENT, key: key("duesPensionRequired") });
    for (const field of STAFF_BASE_COMPONENTS) if (numberOf(record, field)) errors.push({ field, key: key("duesStaffComponentsForStaff") });
  }
  const tax = numberOf(record, "incomeTax");
  if (category === "employed" && tax !== undefined && tax > STAFF_BASE_COMPONENTS.reduce((s, f) => s + amount(record, f), 0)) {
    errors.push({ field: "incomeTax", key: key("duesTaxAbovePay") });
  }
  const field = category === "retired" ? RETIREE_BASE_COMPONENT : "postSalary";
  if (!errors.length && duesBaseFromComponents(record) > DUES_BASE_CEILING) {
    errors.push({ field, key: key("duesBaseAbsurd"), params: { max: DUES_BASE_CEILING } });
  }
  return errors;
};

export const duesBaseRules: RecordRule[] = [duesBaseComponentsRule];
