// 支部联建: a functional branch pairs with one or two clinical / medical-technical branches,
// with joint activities, business tasks and joint trainings under each pairing.
import { addYears, fromDay, noLeapDay, toDay } from "./dates";
import { DEPARTMENTS } from "./departments";
import {
  ACTIVITY_SUMMARIES,
  ACTIVITY_THEMES,
  GOALS,
  PLANNED_SUMMARY,
  TRAININGS,
} from "./pairing-texts";
import { GENERIC_PROBLEMS, PROBLEMS } from "./pledges";
import type { Random, Weighted } from "./random";
import { activeMembers, type Roster } from "./roster";
import type { Branch, Pairing, PairingActivity, PairingStatus, PairingTask, PairingTraining } from "./types";

const PAIRING_COUNT = 20;
const STATUS_MIX: Weighted<PairingStatus> = [
  ["active", 12],
  ["concluded", 5],
  ["planned", 3],
];

export interface PairingData {
  pairings: Pairing[];
  activities: PairingActivity[];
  tasks: PairingTask[];
  trainings: PairingTraining[];
}

function period(r: Random, today: number, status: PairingStatus): [string, string] {
  const offset =
    status === "active" ? -r.int(30, 700) : status === "concluded" ? -r.int(800, 1500) : r.int(10, 90);
  const start = fromDay(noLeapDay(today + offset));
  // Active pairings run 2 years from a start < 700 days ago, so they have not ended yet.
  return [start, addYears(start, status === "concluded" ? r.int(1, 2) : 2)];
}

class PairingBuilder {
  readonly data: PairingData = { pairings: [], activities: [], tasks: [], trainings: [] };

  constructor(
    private readonly r: Random,
    private readonly today: string,
    private readonly roster: Roster,
  ) {}

  /** Participants from both sides, by ascending id. */
  private participants(pairing: Pairing, initiators: [number, number], partners: [number, number]): number[] {
    const { r } = this;
    const ids = r.sample(activeMembers(this.roster, pairing.initiatorBranchId), r.int(...initiators)).map((m) => m.id);
    for (const b of pairing.partnerBranchIds) {
      ids.push(...r.sample(activeMembers(this.roster, b), r.int(...partners)).map((m) => m.id));
    }
    return ids.sort((a, b) => a - b);
  }

  /** Sorted days on which the pairing's work took place (or will, when planned). */
  private days(pairing: Pairing, count: number): number[] {
    const todayDay = toDay(this.today);
    const start = toDay(pairing.startDate);
    if (pairing.status === "planned") return Array.from({ length: count }, () => start + this.r.int(7, 90));
    const end = Math.min(toDay(pairing.endDate), todayDay - 1);
    return Array.from({ length: count }, () => this.r.int(start, end)).sort((a, b) => a - b);
  }

  add(pairing: Pairing): void {
    const { r, data } = this;
    const planned = pairing.status === "planned";
    data.pairings.push(pairing);

    for (const day of this.days(pairing, planned ? 1 : r.int(2, 4))) {
      data.activities.push({
        id: data.activities.length + 1,
        pairingId: pairing.id,
        date: fromDay(day),
        theme: r.pick(ACTIVITY_THEMES),
        participantIds: this.participants(pairing, [2, 5], [3, 8]),
        summary: planned ? PLANNED_SUMMARY : r.pick(ACTIVITY_SUMMARIES),
        version: 1,
      });
    }

    const department = DEPARTMENTS[pairing.initiatorBranchId - 1].name;
    const problems = r.sample([...(PROBLEMS[department] ?? []), ...GENERIC_PROBLEMS], planned ? 1 : r.int(2, 3));
    const owners = activeMembers(this.roster, pairing.initiatorBranchId);
    const todayDay = toDay(this.today);
    this.days(pairing, problems.length).forEach((raised, i) => {
      const due = raised + r.int(30, 120);
      const status =
        pairing.status === "concluded"
          ? "done"
          : planned
            ? "open"
            : due < todayDay
              ? r.weighted([["done", 8], ["in_progress", 2]] as const)
              : r.weighted([["in_progress", 6], ["open", 4]] as const);
      data.tasks.push({
        id: data.tasks.length + 1,
        pairingId: pairing.id,
        problem: problems[i].problem,
        ownerId: r.pick(owners).id,
        dueDate: fromDay(noLeapDay(due)),
        ...(status === "done" ? { result: problems[i].result } : {}),
        status,
        version: 1,
      });
    });

    for (const day of this.days(pairing, planned ? 1 : r.int(1, 3))) {
      const { title, kind } = r.pick(TRAININGS);
      data.trainings.push({
        id: data.trainings.length + 1,
        pairingId: pairing.id,
        title,
        kind,
        date: fromDay(day),
        participantIds: kind === "exchange" ? this.participants(pairing, [1, 3], [1, 3]) : this.participants(pairing, [1, 2], [5, 15]),
        version: 1,
      });
    }
  }
}

export function generatePairings(r: Random, today: string, branches: readonly Branch[], roster: Roster): PairingData {
  const initiators = branches.filter((b) => b.type === "functional");
  const partners = branches.filter((b) => b.type === "clinical" || b.type === "medtech");
  const builder = new PairingBuilder(r, today, roster);
  const activePairs = new Set<string>();
  const todayDay = toDay(today);

  for (let id = 1; id <= PAIRING_COUNT; id++) {
    const initiator = r.pick(initiators);
    const chosen = r.sample(partners, r.chance(0.25) ? 2 : 1);
    const keys = chosen.map((p) => `${initiator.id}-${p.id}`);
    let status = r.weighted(STATUS_MIX);
    // One active pairing per initiator–partner pair: a repeat becomes an earlier, concluded one.
    if (status === "active" && keys.some((k) => activePairs.has(k))) status = "concluded";
    if (status === "active") keys.forEach((k) => activePairs.add(k));
    const [startDate, endDate] = period(r, todayDay, status);
    builder.add({
      id,
      initiatorBranchId: initiator.id,
      partnerBranchIds: chosen.map((p) => p.id),
      title: `${initiator.name}—${chosen.map((p) => p.name).join("、")} 联建`,
      goals: r.pick(GOALS),
      startDate,
      endDate,
      status,
      version: 1,
    });
  }
  return builder.data;
}
