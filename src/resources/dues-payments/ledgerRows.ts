import { baseInForce, duesBaseFromComponents } from "../../domain/duesBase";
import { collectionRates, type CollectionCell } from "../../domain/duesLedger";
import { isMonth, monthRange } from "../../domain/months";
import type { DataLookup } from "../../domain/types";
import { duesIndex, ledgerMonths, ledgerOf, standingOf } from "./standing";

type Rec = Record<string, unknown>;

const owesHere = (member: Rec) => !member.transferredOutDate && member.partyStatus !== "expelled" && (member.stage === "full" || member.stage === "probationary");

/**
 * `GET /dues-ledger?branchId=&month=`: one row per member of the branch who owes dues that month —
 * the amount from the base in force, what their payments cover of it, the rest, and their arrears.
 */
export function ledgerRows(data: DataLookup, query: { branchId?: string; month?: string; memberId?: string }, today: string): Rec[] {
  const month = query.month;
  if (!isMonth(month)) return [];
  const index = duesIndex(data);
  const months = ledgerMonths(today).includes(month) ? ledgerMonths(today) : [...ledgerMonths(today), month].sort();
  return data
    .all("members")
    .filter((m) => owesHere(m) && (query.branchId === undefined || String(m.branchId) === query.branchId) && (query.memberId === undefined || String(m.id) === query.memberId))
    .flatMap((member) => {
      const entry = ledgerOf(member, index, months).find((m) => m.month === month);
      if (!entry) return [];
      const base = baseInForce(index.basesOf(member.id), month);
      return [
        {
          id: `${member.id}-${month}`,
          memberId: member.id,
          branchId: member.branchId,
          name: member.name,
          stage: member.stage,
          month,
          category: base?.category,
          base: base ? duesBaseFromComponents(base) : undefined,
          owed: entry.owed,
          paid: entry.paid,
          remaining: entry.remaining,
          status: entry.status,
          ...standingOf(member, index, today, months),
        },
      ];
    });
}

/** `GET /dues-collection?year=`: each branch's collection per month, and the hospital's (`branchId: null`). */
export function collectionRows(data: DataLookup, query: { year?: string }, today: string): Rec[] {
  const year = Number(query.year ?? today.slice(0, 4));
  if (!Number.isInteger(year)) return [];
  const months = monthRange(`${year}-01`, `${year}-12`).filter((m) => m <= today.slice(0, 7));
  const index = duesIndex(data);
  const rows = data.all("members").filter((m) => m.stage === "full" || m.stage === "probationary").map((member) => ({ branchId: member.branchId, ledger: ledgerOf(member, index, months) }));
  const rates = collectionRates(rows, months);
  const row = (id: string, branchId: unknown, cells: Record<string, CollectionCell>) => ({ id, branchId, year, months: rates.months, cells });
  return [...rates.branches.map((b) => row(b.branchId, Number(b.branchId) || b.branchId, b.cells)), row("hospital", null, rates.hospital)];
}
