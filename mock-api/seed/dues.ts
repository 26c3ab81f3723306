// Dues bases for every member this year and last (from the pay the profile gave them), and two
// years of payments: most monthly, some by the quarter or half-year, a few partial, and a tail in
// arrears — a few members 3–5 months behind and two at 6 or more, the demo member among them.
import { monthlyAmountOf } from "../../src/domain/duesBase";
import { duesEndMonth, duesStartMonth } from "../../src/domain/duesLedger";
import { addMonthsTo, monthOf, monthRange } from "../../src/domain/months";
import type { Random } from "./random";
import type { DuesBase, DuesPayment, Member } from "./types";

const METHODS = ["cash", "bank_transfer", "wechat", "alipay"] as const;
type Plan = "monthly" | "quarterly" | "half";

/** Staff pay split into the components the payroll sheet lists; retirees have a pension only. */
function baseRecord(member: Member, year: number, fromMonth: number, base: number, id: number): DuesBase {
  const common = { id, memberId: member.id, year, fromMonth, category: member.duesCategory, version: 1 };
  if (member.duesCategory === "retired") return { ...common, basicPension: base };
  if (member.duesCategory === "flat") return common;
  const tax = Math.round(base * 0.05);
  const gross = base + tax;
  const postSalary = Math.round(gross * 0.34);
  const gradeSalary = Math.round(gross * 0.21);
  const basicPerformance = Math.round(gross * 0.3);
  return {
    ...common,
    postSalary,
    gradeSalary,
    basicPerformance,
    allowances: gross - postSalary - gradeSalary - basicPerformance,
    // Reward pay varies by person (20–60 % of the rest), drawn from the id: no random draw per record.
    rewardPerformance: Math.round((gross * (20 + ((member.id * 37) % 41))) / 100),
    incomeTax: tax,
  };
}

export function generateDues(r: Random, today: string, members: readonly Member[], demoMemberId: number) {
  const year = Number(today.slice(0, 4));
  const bases: DuesBase[] = [];
  const payments: DuesPayment[] = [];
  const current = monthOf(today);
  const months = monthRange(`${year - 1}-01`, current);
  const owing = members.filter((m) => duesStartMonth(m) !== undefined);
  // Who falls behind, and from when: two members 6+ months (the demo member one of them), a few 3–5.
  const behind = new Map<number, number>([[demoMemberId, 6]]);
  for (const m of owing) {
    if (behind.size >= 2) break;
    if (m.id !== demoMemberId && m.branchId !== owing.find((o) => o.id === demoMemberId)?.branchId && r.chance(0.01)) behind.set(m.id, 8);
  }
  for (const m of owing) if (!behind.has(m.id) && r.chance(0.012)) behind.set(m.id, r.int(3, 5));

  for (const member of owing) {
    const last = member.duesBase;
    const raise = member.duesCategory === "flat" ? 0 : Math.round(last * r.int(0, 6) / 100);
    const own: DuesBase[] = [
      baseRecord(member, year - 1, 1, last - raise, bases.length + 1),
    ];
    own.push(baseRecord(member, year, 1, last, bases.length + 2));
    // A pay change part way through this year, applying from its month.
    if (member.duesCategory === "employed" && r.chance(0.05)) own.push(baseRecord(member, year, r.int(4, 9), Math.round(last * 1.08), bases.length + 3));
    bases.push(...own);

    // What each month of the two years owes (index k: January last year is 0), from the bases just made.
    const priced = own.map((b) => ({ year: b.year, from: b.fromMonth, cents: Math.round(monthlyAmountOf(b) * 100) }));
    const owedCents = (k: number) => {
      const y = year - 1 + Math.floor(k / 12);
      let best: (typeof priced)[number] | undefined;
      for (const p of priced) if (p.year === y && p.from <= (k % 12) + 1 && (!best || p.from > best.from)) best = p;
      return best?.cents ?? 0;
    };
    const lag = behind.get(member.id);
    // Months up to the last complete one are paid, but for the arrears tail; the current month by some.
    const paidUntil = lag !== undefined ? addMonthsTo(current, -lag - 1) : r.chance(0.35) ? current : addMonthsTo(current, -1);
    // Many branches collect by the quarter (with the branch's consent), some by the half-year.
    const plan: Plan = r.weighted<Plan>([["monthly", 45], ["quarterly", 40], ["half", 15]]);
    const span = plan === "monthly" ? 1 : plan === "quarterly" ? 3 : 6;
    // A member keeps to one way of paying and about the same day of the month (drawn once: fast at 20,000 members).
    const method = r.pick(METHODS);
    const day = r.int(1, 20);
    const start = duesStartMonth(member)!;
    const end = duesEndMonth(member);
    const due = (k: number) => months[k] >= start && months[k] <= paidUntil && (!end || months[k] <= end) && owedCents(k) > 0;
    for (let k = 0; k < months.length; ) {
      if (!due(k)) {
        k++;
        continue;
      }
      let n = 1;
      let cents = owedCents(k);
      while (n < span && k + n < months.length && due(k + n)) cents += owedCents(k + n++);
      const partial = lag === undefined && n === 1 && r.chance(0.004);
      const paidDate = `${months[k]}-${String(day + ((k * 7) % 6)).padStart(2, "0")}`;
      payments.push({
        id: payments.length + 1,
        memberId: member.id,
        branchId: member.branchId,
        paidDate: paidDate > today ? today : paidDate,
        amount: (partial ? Math.round(cents / 2) : cents) / 100,
        fromMonth: months[k],
        months: n,
        method,
        version: 1,
      });
      k += n;
    }
  }
  return { bases, payments };
}
