// The work bench (工作台): what the rules say is due, one pure function per rule. Each reads the
// records it needs and returns items that name the record to open. No rule is encoded here: the
// thresholds and dates come from the modules that own them.
import { branchWarnings } from "./branchRules";
import { isOverdue } from "./commitments";
import { addDays, addMonths, isIsoDate } from "./dates";
import { nextActivistAssessment, suggestFullMemberDate } from "./memberStages";
import { monthlyCompliance, activityFrequencies, branchActivityConfig, FREQUENCY_MONTHS, type ActivityConfig, type HeldMeeting } from "./organizationalLife";
import { transferStatus } from "./transfers";
import { dateOf, numberOf } from "./values";
import { groupBy } from "./groupBy";

type Rec = Record<string, unknown>;

export const WORKBENCH_RULES = [
  "committee_term",
  "probation_ending",
  "activist_assessment",
  "meeting_due",
  "commitment_overdue",
  "commitment_rectifying",
  "study_behind",
  "dues_arrears",
  "transfer_receipt",
  "assessment_self_report",
  "assessment_rectification",
] as const;
export type WorkbenchRule = (typeof WORKBENCH_RULES)[number];

/** Reminder windows of the rules that look ahead (probation: 30 days; an activist's assessment and a branch's self-report: the same month's notice). */
export const WORKBENCH_WINDOWS = { probationDays: 30, activistAssessmentDays: 30, assessmentSelfReportDays: 30 } as const;

export interface DueItem {
  rule: WorkbenchRule;
  /** The record that opens: `<resource>/show/<recordId>`. */
  resource: string;
  recordId: string | number;
  /** Whose it is: the branch (a secretary's scope) and, for a person's own item, the member. */
  branchId: unknown;
  memberId?: unknown;
  /** The name of what is due (a branch, a member, a commitment's content). */
  subject: string;
  /** When it falls due; before today means overdue. */
  dueDate?: string;
  overdue: boolean;
  /** What the item's sentence needs (a meeting kind, months owing, hours behind). */
  detail?: string;
  amount?: number;
}

const text = (value: unknown) => (typeof value === "string" ? value : value === undefined || value === null ? "" : String(value));

/** Committee terms ending within 6 months, or already past their end (the branches' own warnings). */
export function committeeTermItems(branches: readonly Rec[], today: string): DueItem[] {
  const counts = { full: 0, probationary: 0, total: 0 };
  return branches.flatMap((branch) => {
    const term = branchWarnings(branch, counts, today).find((w) => w.code === "termEndingSoon" || w.code === "termOverdue");
    if (!term) return [];
    const date = String(term.params?.date ?? "");
    return [{ rule: "committee_term" as const, resource: "branches", recordId: branch.id as number, branchId: branch.id, subject: text(branch.name), dueDate: date, overdue: term.code === "termOverdue" }];
  });
}

const isActive = (m: Rec) => m.partyStatus !== "expelled" && typeof m.transferredOutDate !== "string";

/** Probationary members whose probation (with any extension) ends within 30 days or has ended. */
export function probationItems(members: readonly Rec[], today: string): DueItem[] {
  const until = addDays(today, WORKBENCH_WINDOWS.probationDays);
  return members.flatMap((m) => {
    const admission = dateOf(m, "admissionDate");
    if (m.stage !== "probationary" || !admission || !isActive(m)) return [];
    const end = suggestFullMemberDate(admission, numberOf(m, "probationExtensionMonths") ?? 0);
    if (!end || end > until) return [];
    return [{ rule: "probation_ending" as const, resource: "members", recordId: m.id as number, branchId: m.branchId, memberId: m.id, subject: text(m.name), dueDate: end, overdue: end < today }];
  });
}

/** Activists whose next 6-monthly assessment falls within the coming 30 days. */
export function activistAssessmentItems(members: readonly Rec[], today: string): DueItem[] {
  const until = addDays(today, WORKBENCH_WINDOWS.activistAssessmentDays);
  return members.flatMap((m) => {
    const since = dateOf(m, "activistDate");
    if (m.stage !== "activist" || !since || !isActive(m)) return [];
    const next = nextActivistAssessment(since, today);
    if (next > until) return [];
    return [{ rule: "activist_assessment" as const, resource: "members", recordId: m.id as number, branchId: m.branchId, memberId: m.id, subject: text(m.name), dueDate: next, overdue: false }];
  });
}

const endOfQuarter = (today: string) => addDays(addMonths(`${today.slice(0, 4)}-${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, "0")}-01`, 3), -1);

/**
 * 三会一课 still owed in a block that ends this quarter (this month's monthly ones, this quarter's
 * quarterly ones), judged by the compliance matrix's own month states.
 */
export function meetingDueItems(branches: readonly Rec[], meetings: readonly (HeldMeeting & { branchId?: unknown })[], today: string, config: ActivityConfig = {}): DueItem[] {
  if (!isIsoDate(today)) return [];
  const year = Number(today.slice(0, 4));
  const quarterEnd = endOfQuarter(today);
  const byBranch = groupBy(meetings, (m) => String(m.branchId));
  return branches.flatMap((branch) => {
    const branchConfig = branchActivityConfig(branch, config);
    const frequencies = activityFrequencies(branchConfig);
    const months = monthlyCompliance(byBranch.get(String(branch.id)) ?? [], year, today, branchConfig);
    const items: DueItem[] = [];
    for (const cell of months) {
      if (cell.from < today.slice(0, 8) + "01" || cell.to > quarterEnd) continue;
      for (const [kind, state] of Object.entries(cell.kinds)) {
        const frequency = frequencies[kind as keyof typeof frequencies];
        if (state?.state !== "due" || !frequency || FREQUENCY_MONTHS[frequency] > 3) continue;
        items.push({ rule: "meeting_due", resource: "branches", recordId: branch.id as number, branchId: branch.id, subject: text(branch.name), dueDate: cell.to, overdue: false, detail: kind });
      }
    }
    return items;
  });
}

/** Commitments past their deadline, and those whose rating sent them into rectification. */
export function commitmentItems(commitments: readonly Rec[], today: string): DueItem[] {
  return commitments.flatMap((c) => {
    const overdue = c.status === "overdue" || isOverdue(c, today);
    const rule = overdue ? ("commitment_overdue" as const) : c.status === "rectifying" ? ("commitment_rectifying" as const) : undefined;
    if (!rule) return [];
    return [{ rule, resource: "commitments", recordId: c.id as number, branchId: c.branchId, memberId: c.memberId ?? undefined, subject: text(c.content).slice(0, 60), dueDate: dateOf(c, "deadline"), overdue }];
  });
}

export interface StudyStandingInput {
  hours: number;
  minimum: number;
  remaining: number;
  onPace: boolean;
}

/** Members behind the year's pace of study hours (the education module's standings). */
export function studyBehindItems(members: readonly Rec[], standings: ReadonlyMap<string, StudyStandingInput>, today: string): DueItem[] {
  const yearEnd = `${today.slice(0, 4)}-12-31`;
  return members.flatMap((m) => {
    const s = standings.get(String(m.id));
    if (!s || s.onPace || !isActive(m)) return [];
    return [{ rule: "study_behind" as const, resource: "members", recordId: m.id as number, branchId: m.branchId, memberId: m.id, subject: text(m.name), dueDate: yearEnd, overdue: false, detail: `${s.hours}/${s.minimum}`, amount: s.remaining }];
  });
}

export interface DuesStandingInput {
  duesMonthsOwing: number;
  duesPaidThrough: string | null;
}

/** Members with dues owing for a completed month (the dues ledger's standing). */
export function duesArrearsItems(members: readonly Rec[], standings: ReadonlyMap<string, DuesStandingInput>): DueItem[] {
  return members.flatMap((m) => {
    const s = standings.get(String(m.id));
    if (!s || s.duesMonthsOwing <= 0 || !isActive(m)) return [];
    return [{ rule: "dues_arrears" as const, resource: "members", recordId: m.id as number, branchId: m.branchId, memberId: m.id, subject: text(m.name), overdue: true, amount: s.duesMonthsOwing, detail: s.duesPaidThrough ?? undefined }];
  });
}

/** Letters issued and still valid with no receipt back: the issuing branch stays responsible (an arriving one: the receiving branch). */
export function transferReceiptItems(transfers: readonly Rec[], today: string, memberName: (id: unknown) => string): DueItem[] {
  return transfers.flatMap((t) => {
    if (transferStatus(t, today) !== "issued") return [];
    const branchId = t.kind === "in" ? t.toBranchId : t.fromBranchId;
    return [{ rule: "transfer_receipt" as const, resource: "transfers", recordId: t.id as number, branchId, memberId: t.memberId, subject: memberName(t.memberId) || text(t.serialNo), dueDate: dateOf(t, "expiryDate"), overdue: false, detail: text(t.serialNo) }];
  });
}

/**
 * The branch assessment's steps that are the branch's to take: a self-report still to hand in while its
 * plan is open and the deadline is within 30 days or past, and a rectification under way, due by its
 * deadline. Each opens the task's sheet; the subject is the branch, the detail the plan's title.
 */
export function assessmentItems(tasks: readonly Rec[], plans: readonly Rec[], today: string, branchName: (id: unknown) => string): DueItem[] {
  const byId = new Map(plans.map((p) => [String(p.id), p]));
  const until = addDays(today, WORKBENCH_WINDOWS.assessmentSelfReportDays);
  return tasks.flatMap((task): DueItem[] => {
    const plan = byId.get(String(task.planId));
    const base = { resource: "assessment-sheet", recordId: task.id as number, branchId: task.branchId, subject: branchName(task.branchId), detail: text(plan?.title) };
    const deadline = dateOf(task, "deadline");
    if (task.status === "issued" && plan?.status === "issued" && deadline && deadline <= until) {
      return [{ ...base, rule: "assessment_self_report" as const, dueDate: deadline, overdue: deadline < today }];
    }
    if (task.status === "rectification") {
      const due = dateOf(task, "rectificationDeadline");
      return [{ ...base, rule: "assessment_rectification" as const, dueDate: due, overdue: !!due && due < today }];
    }
    return [];
  });
}

/** Most urgent first: overdue, then by due date, then by rule order. */
export function sortDueItems(items: DueItem[]): DueItem[] {
  const rank = (r: WorkbenchRule) => WORKBENCH_RULES.indexOf(r);
  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || rank(a.rule) - rank(b.rule));
}
