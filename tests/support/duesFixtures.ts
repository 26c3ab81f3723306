// Members of the seeded hospital in the dues states the dues and transfer tests need.
import { generateDb } from "../../mock-api/seed/generate";
import { lookupFor } from "../../mock-api/store";
import { duesIndex, standingOf } from "../../src/resources/dues-payments/standing";

type Seed = ReturnType<typeof generateDb>;

export function duesFixtures(seed: Seed, today: string) {
  const db = { get: (name: string) => ({ value: () => (seed as unknown as Record<string, unknown>)[name] }) };
  const data = lookupFor(db);
  const index = duesIndex(data);
  const month = today.slice(0, 7);
  const openLetter = new Set(seed.transfers.filter((t) => t.status === "issued").map((t) => t.memberId));
  const standing = (m: Seed["members"][number]) => standingOf(m, index, today);
  const owing = seed.members.filter((m) => (m.stage === "full" || m.stage === "probationary") && !m.transferredOutDate && !openLetter.has(m.id) && m.duesCategory === "employed");
  return {
    /** Paid through the current month: a letter can be issued for them today. */
    paidUp: owing.filter((m) => standing(m).duesPaidThrough === month),
    /** Owing the current month and nothing before. */
    dueThisMonth: owing.filter((m) => standing(m).duesPaidThrough === `${month.slice(0, 4)}-${String(Number(month.slice(5)) - 1).padStart(2, "0")}` && standing(m).duesMonthsOwing === 0),
    /** A few months behind. */
    behind: owing.filter((m) => standing(m).duesArrearsMonths >= 3),
    standing,
  };
}
