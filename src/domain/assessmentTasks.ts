// Assessment tasks (考核任务), one per branch and plan, through the closed loop 任务发布-执行-评价-整改:
// issued → submitted (the branch's self-report) → evaluated (the committee's scores) →
// rectification (items below the threshold or a veto, with a deadline) → rectified → closed.
import { applyVeto, itemsBelowThreshold, rectificationNeeded, starGrade, weightedTotal, type ScoringSheet, type StarThresholds } from "./assessmentScoring";
import { daysBetween } from "./consortium";
import { addDays } from "./dates";
import type { FieldError, RecordRule } from "./types";
import { dateOf, textOf } from "./values";

export const TASK_STATUSES = ["issued", "submitted", "evaluated", "rectification", "rectified", "closed"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const TASK_TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  issued: ["submitted"],
  submitted: ["evaluated"],
  evaluated: ["rectification", "closed"],
  rectification: ["rectified"],
  // The committee accepts the report, or asks for more.
  rectified: ["closed", "rectification"],
  closed: [],
};

/** The moves a branch secretary makes (the self-report and the rectification report); the committee makes the others. */
export const SECRETARY_TASK_STATUSES: readonly TaskStatus[] = ["issued", "submitted", "rectification", "rectified"];
/** The fields a secretary writes on their branch's task. */
export const SECRETARY_TASK_FIELDS = ["status", "selfScores", "selfNote", "rectificationReport", "version"] as const;

/** An item's evidence is a web link (to the hospital's document system, a photo album …): the pattern a stored value must match whole. */
export const EVIDENCE_LINK_PATTERN = "https?://[^\\s]+";

export const isTaskStatus = (value: unknown): value is TaskStatus => typeof value === "string" && (TASK_STATUSES as readonly string[]).includes(value);
export const canMoveTask = (from: TaskStatus, to: TaskStatus) => from === to || TASK_TRANSITIONS[from].includes(to);
export const nextTaskStatuses = (from: TaskStatus): readonly TaskStatus[] => TASK_TRANSITIONS[from];

type Rec = Record<string, unknown>;
const key = (name: string) => `party.rules.${name}`;

/** Scores by indicator code from a task's score list (`selfScores` or `scores`). */
export function scoreMap(entries: unknown): Map<string, number> {
  const map = new Map<string, number>();
  if (!Array.isArray(entries)) return map;
  for (const e of entries as Rec[]) if (e && typeof e.code === "string" && typeof e.score === "number") map.set(e.code, e.score);
  return map;
}

const vetoCodes = (task: Rec): string[] => (Array.isArray(task.vetoes) ? (task.vetoes as Rec[]).map((v) => String(v?.code ?? "")).filter(Boolean) : []);

/** A task's figures from its committee scores (undefined before evaluation). */
export function taskResult(task: Rec, sheet: ScoringSheet, thresholds: StarThresholds, rectifyBelow: number) {
  if (!Array.isArray(task.scores) || !task.scores.length) return undefined;
  const scores = scoreMap(task.scores);
  const total = weightedTotal(sheet, scores);
  const vetoes = vetoCodes(task);
  const stars = applyVeto(starGrade(total, thresholds), vetoes.length > 0);
  const below = itemsBelowThreshold(sheet, scores, rectifyBelow);
  return { total, vetoed: vetoes.length > 0, stars, rectificationCodes: [...below, ...vetoes], needsRectification: rectificationNeeded(below, vetoes, stars) };
}

/** Days past the deadline that applies now: the self-report's while issued, the rectification's while it runs; 0 otherwise. */
export function overdueDays(task: Rec, today: string): number {
  const deadline = task.status === "issued" ? dateOf(task, "deadline") : task.status === "rectification" ? dateOf(task, "rectificationDeadline") : undefined;
  return deadline && deadline < today ? daysBetween(addDays(deadline, 1), today) : 0;
}

/** A new task is issued (the plan's issue makes them); every later move follows the loop. */
export const taskTransitionRule: RecordRule = (record, ctx) => {
  const to = record.status;
  if (!isTaskStatus(to)) return [];
  if (ctx.mode === "create") return to === "issued" ? [] : [{ field: "status", key: key("assessmentTaskInitialStatus") }];
  const from = ctx.original?.status;
  if (!isTaskStatus(from) || canMoveTask(from, to)) return [];
  return [{ field: "status", key: key("assessmentTaskTransition"), params: { from, to } }];
};

/** Rectification carries a deadline; a rectified task carries the branch's report. */
export const taskReportRule: RecordRule = (record) => {
  const errors: FieldError[] = [];
  if (record.status === "rectification" && !dateOf(record, "rectificationDeadline")) errors.push({ field: "rectificationDeadline", key: key("assessmentRectificationDeadlineRequired") });
  if (record.status === "rectified" && !textOf(record, "rectificationReport")) errors.push({ field: "rectificationReport", key: key("assessmentRectificationReportRequired") });
  return errors;
};

export const taskRules: RecordRule[] = [taskTransitionRule, taskReportRule];

/** Each score of a list is within 0 … the item's maximum and names an item of the sheet. */
function scoreListErrors(field: string, entries: unknown, sheet: ScoringSheet): FieldError[] {
  if (!Array.isArray(entries)) return [];
  for (const e of entries as Rec[]) {
    const item = sheet.indicators.find((i) => i.code === e?.code);
    if (!item) return [{ field, key: key("assessmentUnknownItem"), params: { code: String(e?.code ?? "") } }];
    if (typeof e.score === "number" && (e.score < 0 || e.score > item.maxPoints)) return [{ field, key: key("assessmentScoreAboveMax"), params: { code: item.code, max: item.maxPoints } }];
  }
  return [];
}

function missingScore(field: string, entries: unknown, sheet: ScoringSheet): FieldError[] {
  const scores = scoreMap(entries);
  const missing = sheet.indicators.find((i) => !scores.has(i.code));
  return missing ? [{ field, key: key("assessmentScoreMissing"), params: { code: missing.code } }] : [];
}

export interface TaskContext {
  plan: Rec | undefined;
  sheet: ScoringSheet;
  thresholds: StarThresholds;
  rectifyBelow: number;
  /** The automatic sources' suggested scores by item code (the evaluator gives a reason to differ). */
  suggested: ReadonlyMap<string, number>;
}

/** The checks that need the task's plan: the scores against the sheet, and the moves the plan's state or the results allow. */
export function taskPlanErrors(record: Rec, original: Rec | undefined, ctx: TaskContext): FieldError[] {
  const errors = [...scoreListErrors("selfScores", record.selfScores, ctx.sheet), ...scoreListErrors("scores", record.scores, ctx.sheet)];
  if (Array.isArray(record.vetoes)) {
    const codes = new Set((ctx.sheet.vetoes ?? []).map((v) => v.code));
    const stray = vetoCodes(record).find((code) => !codes.has(code));
    if (stray) errors.push({ field: "vetoes", key: key("assessmentUnknownItem"), params: { code: stray } });
  }
  if (errors.length) return errors;
  const from = original?.status;
  const to = record.status;
  const moving = from !== to;
  if (to === "submitted") {
    if (ctx.plan?.status !== "issued") return [{ field: "status", key: key("assessmentPlanNotOpen") }];
    return missingScore("selfScores", record.selfScores, ctx.sheet);
  }
  if (to === "evaluated") {
    const missing = missingScore("scores", record.scores, ctx.sheet);
    if (missing.length) return missing;
    const scores = Array.isArray(record.scores) ? (record.scores as Rec[]) : [];
    for (const e of scores) {
      const suggested = ctx.suggested.get(String(e.code));
      if (suggested !== undefined && e.score !== suggested && !textOf(e, "reason")) return [{ field: "scores", key: key("assessmentReasonRequired"), params: { code: String(e.code), suggested } }];
    }
  }
  const result = taskResult(record, ctx.sheet, ctx.thresholds, ctx.rectifyBelow);
  if (moving && to === "rectification" && !result?.needsRectification) return [{ field: "status", key: key("assessmentNothingToRectify") }];
  if (moving && to === "closed" && from === "evaluated" && result?.needsRectification) return [{ field: "status", key: key("assessmentRectificationPending") }];
  return [];
}
