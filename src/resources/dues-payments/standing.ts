import { monthlyAmountOf, type DuesBaseRecord } from "../../domain/duesBase";
import { duesStanding, memberLedger, paidThrough, type DuesPayment, type LedgerMonth } from "../../domain/duesLedger";
import { monthOf, monthRange } from "../../domain/months";
import type { SelfLapseLevel } from "../../domain/selfLapse";
import type { DataLookup } from "../../domain/types";

type Rec = Record<string, unknown>;

/** The ledger spans this year and the last: the years bases are kept for. */
export const LEDGER_YEARS = 2;

export const ledgerMonths = (today: string) => monthRange(`${Number(today.slice(0, 4)) - LEDGER_YEARS + 1}-01`, monthOf(today));

/** Bases and payments grouped by member, once per request. */
export function duesIndex(data: DataLookup) {
  const group = <T,>(rows: Rec[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const key = String(row.memberId);
      const list = map.get(key);
      if (list) list.push(row as T);
      else map.set(key, [row as T]);
    }
    return map;
  };
  const bases = group<DuesBaseRecord>(data.all("dues-bases"));
  const payments = group<DuesPayment>(data.all("dues-payments"));
  return {
    basesOf: (memberId: unknown) => bases.get(String(memberId)) ?? [],
    paymentsOf: (memberId: unknown) => payments.get(String(memberId)) ?? [],
  };
}
export type DuesIndex = ReturnType<typeof duesIndex>;

export const ledgerOf = (member: Rec, index: DuesIndex, months: readonly string[]): LedgerMonth[] =>
  memberLedger(member, index.basesOf(member.id), index.paymentsOf(member.id), months);

export interface MemberDuesStanding {
  /** Months up to the last complete one with dues still owed. */
  duesMonthsOwing: number;
  /** The unbroken run of them up to the last complete month. */
  duesArrearsMonths: number;
  duesAmountOwing: number;
  duesPaidThrough: string | null;
  duesFlag: SelfLapseLevel;
}

export function standingOf(member: Rec, index: DuesIndex, today: string, months = ledgerMonths(today)): MemberDuesStanding {
  const ledger = ledgerOf(member, index, months);
  const standing = duesStanding(ledger, today);
  return {
    duesMonthsOwing: standing.monthsOwing,
    duesArrearsMonths: standing.consecutive,
    duesAmountOwing: standing.amountOwing,
    duesPaidThrough: paidThrough(ledger) ?? null,
    duesFlag: standing.flag.level,
  };
}

/** The monthly amount a base sets, for the screens that show it. */
export const amountOfBase = (base: DuesBaseRecord | undefined) => (base ? monthlyAmountOf(base) : undefined);
