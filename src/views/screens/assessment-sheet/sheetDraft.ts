// The task sheet's editable state and the PATCH each button sends: pure, so the page stays a view.
import type { TaskStatus } from "../../../domain/assessmentTasks";
import type { ScoringSheet } from "../../../domain/assessmentScoring";

type Rec = Record<string, unknown>;

export interface SheetDraft {
  self: Record<string, number | null>;
  selfNotes: Record<string, string>;
  /** The link to each item's evidence (one URL, as the task's schema declares it). */
  selfEvidence: Record<string, string>;
  scores: Record<string, number | null>;
  comments: Record<string, string>;
  reasons: Record<string, string>;
  vetoes: Record<string, { found: boolean; note: string }>;
  selfNote: string;
  evaluationComment: string;
  rectificationDeadline: string | null;
  rectificationReport: string;
}

/** Who works on the sheet now: the committee (evaluates), the branch (reports) or a reader. */
export type SheetRole = "committee" | "branch" | "reader";

export type SheetAction = "submit" | "evaluate" | "requireRectification" | "close" | "accept" | "sendBack" | "submitRectification";

const entries = (value: unknown): Rec[] => (Array.isArray(value) ? (value as Rec[]) : []);
const str = (value: unknown) => (typeof value === "string" ? value : "");

/** The draft as the task holds it; an evaluator's scores start from the automatic suggestions (`suggested`) where none is given yet. */
export function draftFromTask(task: Rec, sheet: ScoringSheet, suggested: ReadonlyMap<string, number> = new Map()): SheetDraft {
  const self = new Map(entries(task.selfScores).map((e) => [String(e.code), e]));
  const scored = new Map(entries(task.scores).map((e) => [String(e.code), e]));
  const vetoes = new Map(entries(task.vetoes).map((e) => [String(e.code), e]));
  const byCode = <T>(pick: (code: string) => T) => Object.fromEntries(sheet.indicators.map((i) => [i.code, pick(i.code)]));
  return {
    self: byCode((code) => (typeof self.get(code)?.score === "number" ? (self.get(code)!.score as number) : null)),
    selfNotes: byCode((code) => str(self.get(code)?.note)),
    selfEvidence: byCode((code) => str(self.get(code)?.evidence)),
    scores: byCode((code) => (typeof scored.get(code)?.score === "number" ? (scored.get(code)!.score as number) : (suggested.get(code) ?? null))),
    comments: byCode((code) => str(scored.get(code)?.comment)),
    reasons: byCode((code) => str(scored.get(code)?.reason)),
    vetoes: Object.fromEntries((sheet.vetoes ?? []).map((v) => [v.code, { found: vetoes.has(v.code), note: str(vetoes.get(v.code)?.note) }])),
    selfNote: str(task.selfNote),
    evaluationComment: str(task.evaluationComment),
    rectificationDeadline: typeof task.rectificationDeadline === "string" ? task.rectificationDeadline : null,
    rectificationReport: str(task.rectificationReport),
  };
}

/** The buttons a role has in a task's state. */
export function actionsFor(status: TaskStatus, role: SheetRole, needsRectification: boolean): SheetAction[] {
  if (role === "branch") {
    if (status === "issued" || status === "submitted") return ["submit"];
    if (status === "rectification" || status === "rectified") return ["submitRectification"];
    return [];
  }
  if (role !== "committee") return [];
  if (status === "submitted") return ["evaluate"];
  if (status === "evaluated") return needsRectification ? ["requireRectification"] : ["close"];
  if (status === "rectified") return ["accept", "sendBack"];
  return [];
}

/** What each part of the sheet lets the role type in this state. */
export function editable(status: TaskStatus, role: SheetRole) {
  return {
    self: role === "branch" && (status === "issued" || status === "submitted"),
    scores: role === "committee" && status === "submitted",
    rectificationDeadline: role === "committee" && (status === "evaluated" || status === "rectified"),
    rectificationReport: role === "branch" && (status === "rectification" || status === "rectified"),
  };
}

const scoreList = (sheet: ScoringSheet, scores: Record<string, number | null>, extra: (code: string) => Rec) =>
  sheet.indicators.filter((i) => typeof scores[i.code] === "number").map((i) => ({ code: i.code, score: scores[i.code] as number, ...extra(i.code) }));

/** An item's note, and its evidence link only when one is given (a blank one is no link). */
function selfExtras(draft: SheetDraft, code: string): Rec {
  const evidence = (draft.selfEvidence[code] ?? "").trim();
  return { note: draft.selfNotes[code] ?? "", ...(evidence ? { evidence } : {}) };
}

/** The PATCH a button sends; the backend judges it with the same rules (422 with the reason, 403 for another's move). */
export function patchFor(action: SheetAction, draft: SheetDraft, sheet: ScoringSheet, version: unknown): Rec {
  const base = { version };
  switch (action) {
    case "submit":
      return { ...base, status: "submitted", selfNote: draft.selfNote, selfScores: scoreList(sheet, draft.self, (code) => selfExtras(draft, code)) };
    case "evaluate":
      return {
        ...base,
        status: "evaluated",
        evaluationComment: draft.evaluationComment,
        scores: scoreList(sheet, draft.scores, (code) => ({ comment: draft.comments[code] ?? "", reason: draft.reasons[code] ?? "" })),
        vetoes: Object.entries(draft.vetoes).filter(([, v]) => v.found).map(([code, v]) => ({ code, note: v.note })),
      };
    case "requireRectification":
    case "sendBack":
      return { ...base, status: "rectification", rectificationDeadline: draft.rectificationDeadline };
    case "close":
    case "accept":
      return { ...base, status: "closed" };
    case "submitRectification":
      return { ...base, status: "rectified", rectificationReport: draft.rectificationReport };
  }
}
