// 服务承诺: functional branches (or their members) pledge services to clinical and
// medical-technical branches. Each status sits where it would in real life relative to today:
// open pledges have future deadlines, overdue ones past deadlines, rated ones a served-side
// rating, and a rating of 2 or less always comes with a rectification plan.
import { fromDay, noLeapDay, toDay } from "./dates";
import { DEPARTMENTS } from "./departments";
import {
  FULFILLED_NOTE,
  GENERIC_PLEDGES,
  OVERDUE_NOTE,
  PLEDGES,
  PROGRESS_NOTES,
  RATING_COMMENTS,
  RECTIFICATION_PLANS,
  RECTIFYING_NOTE,
} from "./pledges";
import type { Random, Weighted } from "./random";
import { activeMembers, type Roster } from "./roster";
import type { Branch, Commitment, CommitmentStatus, Pairing, ProgressNote } from "./types";

const COMMITMENT_COUNT = 300;

const STATUS_MIX: Weighted<CommitmentStatus> = [
  ["draft", 8],
  ["published", 15],
  ["in_progress", 25],
  ["fulfilled", 20],
  ["overdue", 8],
  ["rectifying", 6],
  ["closed", 18],
];

/** Deadline offset from today, in days, by status. */
const DEADLINE: Record<CommitmentStatus, readonly [number, number]> = {
  draft: [30, 240],
  published: [7, 270],
  in_progress: [1, 180],
  fulfilled: [-300, 60],
  overdue: [-200, -1],
  rectifying: [-250, -10],
  closed: [-400, -20],
};

function ratingFor(r: Random, status: CommitmentStatus): number | undefined {
  if (status === "rectifying") return r.int(1, 2);
  if (status === "closed") return r.int(3, 5);
  if (status === "fulfilled") return r.chance(0.75) ? r.weighted([[3, 2], [4, 5], [5, 4]]) : undefined;
  if (status === "overdue") return r.chance(0.5) ? r.int(1, 2) : undefined;
  return undefined;
}

/** Progress notes, oldest first, all on or before today. */
function progressFor(r: Random, status: CommitmentStatus, deadline: number, today: number): ProgressNote[] {
  if (status === "draft" || status === "published") return [];
  const last = Math.min(deadline, today);
  const first = last - r.int(30, 150);
  const count = status === "in_progress" ? r.int(1, 3) : r.int(1, 2);
  const notes = r
    .sample(PROGRESS_NOTES, count)
    .map((note) => ({ day: r.int(first, last - 1), note }))
    .sort((a, b) => a.day - b.day);
  if (status === "overdue") notes.push({ day: r.int(deadline, today), note: OVERDUE_NOTE });
  else if (status === "rectifying") notes.push({ day: r.int(last, today), note: RECTIFYING_NOTE });
  else if (status !== "in_progress") notes.push({ day: last, note: FULFILLED_NOTE });
  return notes.map(({ day, note }) => ({ date: fromDay(day), note }));
}

export function generateCommitments(
  r: Random,
  today: string,
  branches: readonly Branch[],
  roster: Roster,
  pairings: readonly Pairing[],
): Commitment[] {
  const todayDay = toDay(today);
  const functional = branches.filter((b) => b.type === "functional");
  const served = branches.filter((b) => b.type === "clinical" || b.type === "medtech");
  const commitments: Commitment[] = [];

  for (let id = 1; id <= COMMITMENT_COUNT; id++) {
    const branch = r.pick(functional);
    // Half of the pledges go to a branch the functional branch is paired with, when it has one.
    const paired = pairings.filter((p) => p.initiatorBranchId === branch.id).flatMap((p) => p.partnerBranchIds);
    const targetBranchId = paired.length > 0 && r.chance(0.5) ? r.pick(paired) : r.pick(served).id;
    // Mostly the department's own pledges; a few generic service-attitude ones.
    const own = PLEDGES[DEPARTMENTS[branch.id - 1].name] ?? [];
    const pledge = r.pick(own.length > 0 && r.chance(0.8) ? own : GENERIC_PLEDGES);
    const status = r.weighted(STATUS_MIX);
    const deadline = noLeapDay(todayDay + r.int(...DEADLINE[status]));
    const rating = ratingFor(r, status);
    const needsPlan = status === "overdue" || status === "rectifying" || (rating !== undefined && rating <= 2);
    const members = activeMembers(roster, branch.id);
    commitments.push({
      id,
      branchId: branch.id,
      memberId: members.length > 0 && r.chance(0.75) ? r.pick(members).id : null,
      targetBranchId,
      content: pledge.content,
      category: pledge.category,
      target: pledge.target,
      deadline: fromDay(deadline),
      public: status !== "draft" && r.chance(0.85),
      status,
      progress: progressFor(r, status, deadline, todayDay),
      ...(rating !== undefined ? { rating, ratingComment: r.pick(RATING_COMMENTS[rating]) } : {}),
      ...(needsPlan ? { rectificationPlan: r.pick(RECTIFICATION_PLANS) } : {}),
      version: 1,
    });
  }
  return commitments;
}
