// Two years of 三会一课 for every branch, as a hospital really keeps them: most branches hold every
// required meeting, some miss a month here and there, two fall clearly behind. Attendance comes
// from the rosters; a few people are on leave or absent, and three members have stopped coming
// (two long enough for the 自行脱党 review, one for the 3-month warning).
import { addDays, addMonths } from "./dates";
import { branchIdOf } from "./departments";
import { AGENDAS, CANCEL_REASONS, KIND_TITLES, PLACES, RESOLUTIONS } from "./orglife-texts";
import { fastRandom, type FastRandom } from "./fast-random";
import type { Random } from "./random";
import { activeMembers, type Roster } from "./roster";
import type { Attendance, AttendanceStatus, Branch, Meeting, MeetingKind, Member } from "./types";

/** Branches clearly behind on organizational life (they skip close to half of it). */
export const BEHIND_BRANCHES = ["皮肤科", "审计处"].map(branchIdOf);
/** Members who stopped attending: months before today's month. */
export const ABSENTEES = [7, 7, 4] as const;

const MONTHS = 24;
const GROUP_SIZE = 10;


const pad = (n: number) => String(n).padStart(2, "0");
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
const dayIn = (month: string, day: number) => `${month.slice(0, 8)}${pad(day)}`;

interface Plan {
  kind: MeetingKind;
  date: string;
  group?: number;
}

/** Which meetings a branch would hold in a month (before any are skipped). */
function plansFor(month: string, branch: Branch, groups: number, r: FastRandom): Plan[] {
  const m = Number(month.slice(5, 7));
  const plans: Plan[] = [];
  if (branch.committee.length > 0) plans.push({ kind: "committee_meeting", date: dayIn(month, r.int(3, 8)) });
  plans.push({ kind: "group_meeting", date: dayIn(month, r.int(9, 14)), group: (m % groups) + 1 });
  plans.push({ kind: "themed_day", date: dayIn(month, r.int(15, 24)) });
  // Quarterly ones in a month of the quarter chosen per branch; the yearly ones in December (Q4).
  if (m % 3 === 2) plans.push({ kind: "general_meeting", date: dayIn(month, r.int(20, 27)) });
  if (m % 3 === 0) plans.push({ kind: "party_lecture", date: dayIn(month, r.int(10, 26)) });
  if (m === 11) plans.push({ kind: "heart_talk", date: dayIn(month, r.int(5, 25)) });
  if (m === 12) {
    plans.push({ kind: "life_meeting", date: dayIn(month, r.int(15, 22)) });
    plans.push({ kind: "appraisal", date: dayIn(month, r.int(23, 28)) });
  }
  return plans;
}

/** A branch's lists, built once: the committee, each party group, everyone; with the latest admission in each. */
function listsOf(branch: Branch, members: readonly Member[], groups: number) {
  const seats = new Set(branch.committee.map((s) => s.memberId));
  const list = (people: readonly Member[]) => ({ people, latest: people.reduce((max, m) => (m.admissionDate && m.admissionDate > max ? m.admissionDate : max), "") });
  return {
    committee: list(members.filter((m) => seats.has(m.id))),
    secretary: list(members.filter((m) => m.id === branch.secretaryId)),
    groups: Array.from({ length: groups }, (_, g) => list(members.filter((_, i) => Math.floor(i / GROUP_SIZE) % groups === g))),
    all: list(members),
  };
}

/** The people a meeting expects (the committee, one party group, or the whole branch), members by its date. */
function expectedOf(plan: Plan, lists: ReturnType<typeof listsOf>): readonly Member[] {
  const { people, latest } =
    plan.kind === "committee_meeting" ? lists.committee : plan.kind === "heart_talk" ? lists.secretary : plan.kind === "group_meeting" ? lists.groups[(plan.group ?? 1) - 1] : lists.all;
  return latest <= plan.date ? people : people.filter((m) => !m.admissionDate || m.admissionDate <= plan.date);
}

const LEAVE: readonly [AttendanceStatus, number][] = [
  ["present", 0.915],
  ["leave_business", 0.035],
  ["leave_personal", 0.025],
  ["leave_sick", 0.015],
  ["absent", 0.01],
];

function drawStatus(next: () => number): AttendanceStatus {
  let x = next();
  for (const [status, p] of LEAVE) {
    if (x < p) return status;
    x -= p;
  }
  return "present";
}

export function generateMeetings(random: Random, today: string, branches: readonly Branch[], roster: Roster): Meeting[] {
  // Tens of thousands of draws: a fast generator seeded from the run's faker keeps a 20,000-member seed quick.
  const r = fastRandom(random.int(1, 2 ** 31));
  const next = r.next;
  const thisMonth = monthStart(today);
  const first = addMonths(thisMonth, -MONTHS);
  const lastPlanned = addDays(addMonths(thisMonth, 2), -1);
  // Members who stopped coming, each from a different large branch: absent from `months` back.
  const absentSince = new Map<number, string>();
  const large = branches.filter((b) => activeMembers(roster, b.id).filter((m) => m.stage === "full").length >= 12 && !BEHIND_BRANCHES.includes(b.id));
  ABSENTEES.forEach((months, i) => {
    const branch = large[(i * 7) % large.length];
    const member = activeMembers(roster, branch.id).find((m) => m.stage === "full" && m.id !== branch.secretaryId && !branch.committee.some((s) => s.memberId === m.id) && !absentSince.has(m.id));
    if (member) absentSince.set(member.id, addMonths(thisMonth, -months));
  });

  const meetings: Meeting[] = [];
  for (const branch of branches) {
    const members = activeMembers(roster, branch.id);
    if (members.length === 0) continue;
    const groups = Math.max(1, Math.ceil(members.length / GROUP_SIZE));
    const lists = listsOf(branch, members, groups);
    const skip = BEHIND_BRANCHES.includes(branch.id) ? 0.45 : r.chance(0.2) ? 0.1 : 0.015;
    for (let month = first; month <= lastPlanned; month = addMonths(month, 1)) {
      for (const plan of plansFor(month, branch, groups, r)) {
        const planned = plan.date > today;
        if (!planned && next() < skip) continue;
        const cancelled = !planned && next() < 0.004;
        const expected = expectedOf(plan, lists);
        if (expected.length === 0) continue;
        meetings.push(meetingOf(meetings.length + 1, plan, branch, expected, planned ? "planned" : cancelled ? "cancelled" : "held", absentSince, next, r));
      }
    }
  }
  return meetings;
}

/** One entry per expected person; the reason and the written opinion only where they apply (the file stays small). */
function attendanceOf(expected: readonly Member[], date: string, absentSince: ReadonlyMap<number, string>, next: () => number): Attendance[] {
  return expected.map((m) => {
    const voting = m.stage === "full";
    if (m.partyStatus === "suspended") return { memberId: m.id, status: "excluded", reason: "suspended", voting };
    if (m.floating) return { memberId: m.id, status: "excluded", reason: "floating_request", voting };
    const since = absentSince.get(m.id);
    const status: AttendanceStatus = since && date >= since ? "absent" : drawStatus(next);
    const written = voting && status !== "present" && status !== "absent" && next() < 0.3;
    return written ? { memberId: m.id, status, voting, written } : { memberId: m.id, status, voting };
  });
}

function meetingOf(
  id: number,
  plan: Plan,
  branch: Branch,
  expected: readonly Member[],
  status: Meeting["status"],
  absentSince: ReadonlyMap<number, string>,
  next: () => number,
  r: FastRandom,
): Meeting {
  const held = status === "held";
  const attendance = held ? attendanceOf(expected, plan.date, absentSince, next) : [];
  const [y, m] = plan.date.split("-").map(Number);
  const committee = branch.committee.map((s) => s.memberId);
  const recorder = committee.find((c) => c !== branch.secretaryId) ?? branch.secretaryId;
  const group = plan.kind === "group_meeting" ? `第${plan.group}党小组` : "";
  const quarter = Math.ceil(m / 3);
  const when = plan.kind === "general_meeting" || plan.kind === "party_lecture" ? `${y}年第${quarter}季度` : plan.kind === "life_meeting" || plan.kind === "appraisal" || plan.kind === "heart_talk" ? `${y}年度` : `${y}年${m}月`;
  return {
    id,
    branchId: branch.id,
    kind: plan.kind,
    title: `${when}${group}${KIND_TITLES[plan.kind]}`,
    status,
    date: plan.date,
    time: r.pick(["08:00", "12:30", "16:30", "17:30"]),
    place: r.pick(PLACES),
    chairId: branch.secretaryId,
    recorderId: recorder,
    lecturerId: plan.kind === "party_lecture" ? branch.secretaryId : null,
    agenda: r.pick(AGENDAS[plan.kind]),
    attendance,
    observers: [],
    minutes: held ? "会议由支部书记主持，按议程逐项进行。" : "",
    resolutions: held && (plan.kind === "general_meeting" || plan.kind === "appraisal") ? [resolutionOf(plan.kind, attendance, r)] : [],
    attachments: held ? [{ kind: "sign_in", title: "签到表", url: `https://intranet.example/files/${id}.pdf` }] : [],
    cancelReason: status === "cancelled" ? r.pick(CANCEL_REASONS) : null,
    version: 1,
  };
}

/** A motion that passes: every voter present (and every written opinion) casts one vote. */
function resolutionOf(kind: "general_meeting" | "appraisal", attendance: readonly Attendance[], r: FastRandom) {
  const voters = attendance.filter((a) => a.voting && (a.status === "present" || a.written)).length;
  const against = voters > 6 ? r.int(0, 1) : 0;
  const abstain = voters > 6 ? r.int(0, 1) : 0;
  return { title: r.pick(RESOLUTIONS[kind]), yes: voters - against - abstain, no: against, abstain };
}
