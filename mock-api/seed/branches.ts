// Branch records: secretary, committee and term, derived from the members already generated.
import { addMonths, addYears, fromDay, noLeapDay, toDay } from "./dates";
import { DEPARTMENTS, branchNameOf } from "./departments";
import { fixtureOf } from "./fixtures";
import type { Random } from "./random";
import type { Branch, CommitteeRole, CommitteeSeat, Member } from "./types";

/** Branches with at least this many full members elect a committee (支委会). */
const COMMITTEE_THRESHOLD = 7;
const TERM_YEARS = 3;
/** Seats after the secretary, in the order a growing committee fills them. */
const SEAT_ROLES: readonly CommitteeRole[] = ["organization", "publicity", "discipline", "deputy", "deputy"];

/** In good standing, present and reachable: fit for a committee seat. */
const eligible = (m: Member) => m.stage === "full" && m.partyStatus === "normal" && !m.lostContact && !m.floating;

function committeeFor(r: Random, branchId: number, full: Member[], secretaryId: number): CommitteeSeat[] {
  const warning = fixtureOf(branchId);
  if (full.length < COMMITTEE_THRESHOLD || warning === "committeeMissing") return [];
  const size = warning === "committeeSize" ? 6 : r.int(3, 5);
  const others = r.sample(
    full.filter((m) => eligible(m) && m.id !== secretaryId),
    size - 1,
  );
  return [
    { memberId: secretaryId, role: "secretary" },
    ...others.map((m, i) => ({ memberId: m.id, role: SEAT_ROLES[i] })),
  ];
}

/** Term start: regular terms still have > 8 months to run; fixtures are placed on purpose. */
function termStartFor(r: Random, branchId: number, today: string): string {
  const todayDay = toDay(today);
  const warning = fixtureOf(branchId);
  let start: number;
  if (warning === "termEndingSoon" || warning === "termOverdue") {
    const end = warning === "termEndingSoon" ? todayDay + r.int(30, 150) : todayDay - r.int(30, 120);
    start = toDay(addYears(fromDay(end), -TERM_YEARS));
  } else {
    start = r.int(toDay(addMonths(today, -28)), todayDay - 30);
  }
  return fromDay(noLeapDay(start));
}

export function generateBranches(r: Random, today: string, members: readonly Member[]): Branch[] {
  const byBranch = new Map<number, Member[]>();
  for (const m of members) {
    const list = byBranch.get(m.branchId);
    if (list) list.push(m);
    else byBranch.set(m.branchId, [m]);
  }
  const seniorityLimit = addYears(today, -1);

  return DEPARTMENTS.map((def, i) => {
    const id = i + 1;
    const own = byBranch.get(id) ?? [];
    const full = own.filter((m) => m.stage === "full");
    // The secretary is one of the leaders (双带头人) with ≥ 1 year of Party standing.
    const leaders = full.filter((m) => eligible(m) && m.fullMemberDate! <= seniorityLimit).slice(0, 2);
    if (leaders.length === 0) throw new Error(`Branch ${id} has no member fit to be secretary`);
    const secretaryId = r.pick(leaders).id;
    const termStart = termStartFor(r, id, today);
    const history = def.type === "joint" ? 2000 : 9000;
    return {
      id,
      name: branchNameOf(def),
      type: def.type,
      parentOrg: def.parentOrg,
      establishedDate: fromDay(noLeapDay(toDay(termStart) - r.int(0, history))),
      secretaryId,
      committee: committeeFor(r, id, full, secretaryId),
      termStart,
      termEnd: addYears(termStart, TERM_YEARS),
      version: 1,
    };
  });
}
