// The monthly dues ledger: what each member owes per month (from the bases in force), what their
// payments cover, what remains, and the arrears that follow. Payments are limited to 6 months in
// advance and 6 in arrears (组织部 2008 rules, art. 9); a partial payment leaves the rest owed.
import { baseInForce, effectiveMonth, monthlyAmountOf, type DuesBaseRecord } from "./duesBase";
import { addMonthsTo, isMonth, monthOf, monthRange, monthsBetween } from "./months";
import { selfLapseFlag, type SelfLapseFlag } from "./selfLapse";
import type { FieldError, RecordRule } from "./types";
import { dateOf, numberOf } from "./values";

/** One payment covers at most this many months; advance and arrears are each capped at it. Configurable. */
export const DUES_PAYMENT_LIMITS = { maxMonths: 6, advanceMonths: 6, arrearsMonths: 6 } as const;
export const PAYMENT_METHODS = ["cash", "bank_transfer", "wechat", "alipay"] as const;

type Rec = Record<string, unknown>;

export interface DuesPayment {
  memberId: unknown;
  /** The first month covered, "YYYY-MM". */
  fromMonth: string;
  /** How many months it covers, from `fromMonth`. */
  months: number;
  amount: number;
  paidDate: string;
  id?: unknown;
}

/**
 * The first month a member owes dues: the admission month (支部大会) for probationary and full
 * members; undefined for those who are not members (yet) or were expelled.
 */
export function duesStartMonth(member: Rec): string | undefined {
  if (member.partyStatus === "expelled") return undefined;
  if (member.stage !== "probationary" && member.stage !== "full") return undefined;
  const admission = dateOf(member, "admissionDate");
  return admission ? monthOf(admission) : "0000-01";
}

/** The last month a member owes here: the month they were transferred out, if they were. */
export function duesEndMonth(member: Rec): string | undefined {
  const out = dateOf(member, "transferredOutDate");
  return out ? monthOf(out) : undefined;
}

/** What a member owes for one month: undefined when no base covers it or they owe nothing then. */
export function owedFor(member: Rec, bases: readonly DuesBaseRecord[], month: string): number | undefined {
  const start = duesStartMonth(member);
  const end = duesEndMonth(member);
  if (!start || month < start || (end && month > end)) return undefined;
  const base = baseInForce(bases, month);
  return base ? monthlyAmountOf(base) : undefined;
}

export const coveredMonths = (payment: Pick<DuesPayment, "fromMonth" | "months">) =>
  isMonth(payment.fromMonth) && Number.isInteger(payment.months) && payment.months > 0
    ? monthRange(payment.fromMonth, addMonthsTo(payment.fromMonth, payment.months - 1))
    : [];

export type MonthStatus = "paid" | "partial" | "unpaid";

export interface LedgerMonth {
  month: string;
  owed: number;
  paid: number;
  remaining: number;
  status: MonthStatus;
}

const cents = (n: number) => Math.round(n * 100);

/**
 * A member's ledger over `months`: each payment, in the order paid, fills the months it covers
 * oldest first, each up to what that month owes. Months with nothing owed (before admission, no
 * base) are left out.
 */
export function memberLedger(member: Rec, bases: readonly DuesBaseRecord[], payments: readonly DuesPayment[], months: readonly string[]): LedgerMonth[] {
  const owedCents = owedInCentsFor(member, bases);
  const owed = new Map<string, number>();
  for (const month of months) {
    const amount = owedCents(month);
    if (amount !== undefined) owed.set(month, amount);
  }
  const paid = new Map<string, number>();
  const ordered = [...payments].sort((a, b) => (a.paidDate < b.paidDate ? -1 : a.paidDate > b.paidDate ? 1 : Number(a.id ?? 0) - Number(b.id ?? 0)));
  for (const payment of ordered) {
    let left = cents(Number(payment.amount) || 0);
    for (const month of coveredMonths(payment)) {
      if (left <= 0) break;
      const due = (owed.get(month) ?? owedCents(month) ?? 0) - (paid.get(month) ?? 0);
      const take = Math.max(0, Math.min(due, left));
      if (take) paid.set(month, (paid.get(month) ?? 0) + take);
      left -= take;
    }
  }
  return [...owed].map(([month, due]) => {
    const got = paid.get(month) ?? 0;
    const remaining = Math.max(0, due - got);
    return { month, owed: due / 100, paid: got / 100, remaining: remaining / 100, status: remaining === 0 ? "paid" : got > 0 ? "partial" : "unpaid" };
  });
}

/**
 * owedFor in cents, with the member's dates read and each base priced once: the ledger asks for
 * every month of two years, for every member, on each read.
 */
function owedInCentsFor(member: Rec, bases: readonly DuesBaseRecord[]): (month: string) => number | undefined {
  const start = duesStartMonth(member);
  const end = duesEndMonth(member);
  if (!start) return () => undefined;
  const priced = bases.flatMap((base) => {
    try {
      return [{ year: String(base.year), from: effectiveMonth(base), cents: cents(monthlyAmountOf(base)) }];
    } catch {
      return []; // an unreadable base sets no amount
    }
  });
  return (month) => {
    if (month < start || (end && month > end)) return undefined;
    const year = month.slice(0, 4);
    let best: (typeof priced)[number] | undefined;
    for (const p of priced) if (p.year === year && p.from <= month && (!best || p.from > best.from)) best = p;
    return best?.cents;
  };
}

export interface Arrears {
  /** Months up to `through` with something still owed. */
  monthsOwing: number;
  /** The unbroken run of such months ending at `through`. */
  consecutive: number;
  /** The total still owed up to `through`, yuan. */
  amountOwing: number;
}

/** Arrears up to and including `through` (the last complete month: the current one is not late yet). */
export function arrearsOf(ledger: readonly LedgerMonth[], through: string): Arrears {
  const due = ledger.filter((m) => m.month <= through && m.owed > 0).sort((a, b) => (a.month < b.month ? -1 : 1));
  let consecutive = 0;
  let expected = through;
  for (let i = due.length - 1; i >= 0 && due[i].month === expected && due[i].remaining > 0; i--) {
    consecutive++;
    expected = addMonthsTo(expected, -1);
  }
  const owing = due.filter((m) => m.remaining > 0);
  return { monthsOwing: owing.length, consecutive, amountOwing: owing.reduce((s, m) => s + cents(m.remaining), 0) / 100 };
}

/** The last month whose dues are late on `today`: the month before the current one. */
export const lastCompleteMonth = (today: string) => addMonthsTo(monthOf(today), -1);

/** The last month a member has settled without a gap since dues began (for the transfer letter). */
export function paidThrough(ledger: readonly LedgerMonth[]): string | undefined {
  let last: string | undefined;
  for (const m of [...ledger].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    if (m.remaining > 0) break;
    last = m.month;
  }
  return last;
}

/** The member's dues flags: arrears up to the last complete month, and the 自行脱党 flag they raise. */
export function duesStanding(ledger: readonly LedgerMonth[], today: string): Arrears & { flag: SelfLapseFlag } {
  const arrears = arrearsOf(ledger, lastCompleteMonth(today));
  return { ...arrears, flag: selfLapseFlag({ monthsWithoutDues: arrears.consecutive }) };
}

const key = (name: string) => `party.rules.${name}`;

/** At most 6 months per payment, starting no more than 6 months back and ending no more than 6 ahead. */
export const duesPaymentLimitsRule: RecordRule = (record, ctx) => {
  const errors: FieldError[] = [];
  const months = numberOf(record, "months");
  const from = record.fromMonth;
  const paidDate = dateOf(record, "paidDate");
  if (months !== undefined && (!Number.isInteger(months) || months > DUES_PAYMENT_LIMITS.maxMonths)) {
    errors.push({ field: "months", key: key("duesPaymentMonths"), params: { max: DUES_PAYMENT_LIMITS.maxMonths } });
  }
  if (paidDate && paidDate > ctx.today) errors.push({ field: "paidDate", key: key("duesPaidInFuture") });
  if (!isMonth(from) || !paidDate || errors.length) return errors;
  const paidMonth = monthOf(paidDate);
  if (monthsBetween(from, paidMonth) > DUES_PAYMENT_LIMITS.arrearsMonths) {
    errors.push({ field: "fromMonth", key: key("duesArrearsLimit"), params: { max: DUES_PAYMENT_LIMITS.arrearsMonths, earliest: addMonthsTo(paidMonth, -DUES_PAYMENT_LIMITS.arrearsMonths) } });
  } else if (months !== undefined && monthsBetween(paidMonth, addMonthsTo(from, months - 1)) > DUES_PAYMENT_LIMITS.advanceMonths) {
    errors.push({ field: "months", key: key("duesAdvanceLimit"), params: { max: DUES_PAYMENT_LIMITS.advanceMonths, latest: addMonthsTo(paidMonth, DUES_PAYMENT_LIMITS.advanceMonths) } });
  }
  return errors;
};

export const duesPaymentRules: RecordRule[] = [duesPaymentLimitsRule];

export interface CollectionCell {
  owed: number;
  paid: number;
  /** paid / owed in 0–1, undefined when nothing was owed. */
  rate: number | undefined;
  members: number;
  settled: number;
}

export interface CollectionRates {
  months: string[];
  branches: { branchId: string; cells: Record<string, CollectionCell> }[];
  hospital: Record<string, CollectionCell>;
}

/**
 * Collection rate per branch and month (amount paid over amount owed, with members settled), and
 * the hospital's, summed over all members rather than averaged over branches.
 */
export function collectionRates(rows: readonly { branchId: unknown; ledger: readonly LedgerMonth[] }[], months: readonly string[]): CollectionRates {
  const empty = () => ({ owed: 0, paid: 0, members: 0, settled: 0 });
  const byBranch = new Map<string, Map<string, ReturnType<typeof empty>>>();
  const hospital = new Map(months.map((m) => [m, empty()]));
  const wanted = new Set(months);
  for (const row of rows) {
    const branchId = String(row.branchId);
    const cells = byBranch.get(branchId) ?? new Map(months.map((m) => [m, empty()]));
    byBranch.set(branchId, cells);
    for (const m of row.ledger) {
      if (!wanted.has(m.month) || m.owed <= 0) continue;
      for (const cell of [cells.get(m.month)!, hospital.get(m.month)!]) {
        cell.owed += cents(m.owed);
        cell.paid += cents(m.paid);
        cell.members += 1;
        if (m.remaining === 0) cell.settled += 1;
      }
    }
  }
  const finish = (c: ReturnType<typeof empty>): CollectionCell => ({ owed: c.owed / 100, paid: c.paid / 100, rate: c.owed ? c.paid / c.owed : undefined, members: c.members, settled: c.settled });
  const finishAll = (cells: Map<string, ReturnType<typeof empty>>) => Object.fromEntries([...cells].map(([m, c]) => [m, finish(c)]));
  return {
    months: [...months],
    branches: [...byBranch].sort(([a], [b]) => Number(a) - Number(b) || (a < b ? -1 : 1)).map(([branchId, cells]) => ({ branchId, cells: finishAll(cells) })),
    hospital: finishAll(hospital),
  };
}
