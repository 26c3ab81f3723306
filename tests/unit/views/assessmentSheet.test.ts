// The task sheet's state and the change each button sends: who gets which button in which state,
// and what the PATCH carries (so the page stays a view over these).
import { describe, expect, it } from "vitest";
import type { ScoringSheet } from "../../../src/domain/assessmentScoring";
import { assessmentTasks } from "../../../src/resources/assessment-tasks/schema";
import { selfReportErrors } from "../../../src/views/screens/assessment-sheet/selfReportChecks";
import { actionsFor, draftFromTask, editable, patchFor } from "../../../src/views/screens/assessment-sheet/sheetDraft";

const sheet: ScoringSheet = {
  categories: [{ code: "A", weight: 70 }, { code: "B", weight: 30 }],
  indicators: [
    { code: "A1", categoryCode: "A", maxPoints: 10, source: "themed_days" },
    { code: "B1", categoryCode: "B", maxPoints: 10 },
  ],
  vetoes: [{ code: "V1", title: "严重违纪" }],
};

describe("the sheet's buttons", () => {
  it("give the branch the self-report and the rectification report, the committee the rest", () => {
    expect(actionsFor("issued", "branch", false)).toEqual(["submit"]);
    expect(actionsFor("evaluated", "branch", true)).toEqual([]);
    expect(actionsFor("rectification", "branch", true)).toEqual(["submitRectification"]);
    expect(actionsFor("submitted", "committee", false)).toEqual(["evaluate"]);
    expect(actionsFor("evaluated", "committee", true)).toEqual(["requireRectification"]);
    expect(actionsFor("evaluated", "committee", false)).toEqual(["close"]);
    expect(actionsFor("rectified", "committee", true)).toEqual(["accept", "sendBack"]);
    expect(actionsFor("closed", "committee", false)).toEqual([]);
    expect(actionsFor("submitted", "reader", false)).toEqual([]);
  });
  it("open the inputs of the step being taken only", () => {
    expect(editable("issued", "branch")).toEqual({ self: true, scores: false, rectificationDeadline: false, rectificationReport: false });
    expect(editable("submitted", "committee")).toEqual({ self: false, scores: true, rectificationDeadline: false, rectificationReport: false });
    expect(editable("evaluated", "committee").rectificationDeadline).toBe(true);
    expect(editable("rectification", "branch").rectificationReport).toBe(true);
  });
});

describe("the draft", () => {
  it("starts an evaluation from the automatic suggestions, and a reader from what is stored", () => {
    const task = { selfScores: [{ code: "A1", score: 9 }], scores: [] };
    expect(draftFromTask(task, sheet, new Map([["A1", 8]])).scores).toEqual({ A1: 8, B1: null });
    expect(draftFromTask(task, sheet).scores).toEqual({ A1: null, B1: null });
    expect(draftFromTask(task, sheet).self).toEqual({ A1: 9, B1: null });
  });
  it("sends the evaluation with its comments, reasons and the vetoes found, and the version it was based on", () => {
    const draft = draftFromTask({}, sheet, new Map([["A1", 8]]));
    draft.scores.B1 = 4;
    draft.reasons.A1 = "";
    draft.vetoes.V1 = { found: true, note: "年内严重违纪" };
    expect(patchFor("evaluate", draft, sheet, 3)).toEqual({
      version: 3,
      status: "evaluated",
      evaluationComment: "",
      scores: [
        { code: "A1", score: 8, comment: "", reason: "" },
        { code: "B1", score: 4, comment: "", reason: "" },
      ],
      vetoes: [{ code: "V1", note: "年内严重违纪" }],
    });
  });
  it("leaves an unscored item out of a self-report (the backend names it)", () => {
    const draft = draftFromTask({}, sheet);
    draft.self.A1 = 9;
    expect(patchFor("submit", draft, sheet, 1)).toMatchObject({ status: "submitted", selfScores: [{ code: "A1", score: 9, note: "" }] });
    expect(patchFor("sendBack", { ...draft, rectificationDeadline: "2027-01-31" }, sheet, 5)).toEqual({ version: 5, status: "rectification", rectificationDeadline: "2027-01-31" });
  });
});

describe("the self-report's notes and evidence links", () => {
  const item = assessmentTasks.fields.selfScores.item;
  it("come from the stored entries and go back with the scores, a blank link left out", () => {
    const draft = draftFromTask({ selfScores: [{ code: "A1", score: 9, note: "逐月开展", evidence: "https://intranet.example/a1" }] }, sheet);
    expect(draft.selfNotes).toEqual({ A1: "逐月开展", B1: "" });
    expect(draft.selfEvidence).toEqual({ A1: "https://intranet.example/a1", B1: "" });
    draft.self.B1 = 8;
    draft.selfEvidence.B1 = "  ";
    expect(patchFor("submit", draft, sheet, 2)).toMatchObject({
      selfScores: [
        { code: "A1", score: 9, note: "逐月开展", evidence: "https://intranet.example/a1" },
        { code: "B1", score: 8, note: "" },
      ],
    });
    expect((patchFor("submit", draft, sheet, 2).selfScores as Record<string, unknown>[])[1]).not.toHaveProperty("evidence");
  });
  it("are judged by the task schema's own declarations: a link must be one http(s) address, a note at most 300 characters", () => {
    const draft = draftFromTask({}, sheet);
    expect(selfReportErrors(draft, sheet, item)).toEqual({});
    draft.selfEvidence.A1 = "内网共享盘/材料";
    draft.selfEvidence.B1 = "https://intranet.example/b1";
    draft.selfNotes.B1 = "长".repeat(301);
    expect(selfReportErrors(draft, sheet, item)).toEqual({
      A1: { evidence: { key: "party-assessment-sheet.evidenceInvalid" } },
      B1: { note: { key: "party.validation.maxLength", params: { count: 300 } } },
    });
    draft.selfEvidence.A1 = "https://a.example/x https://b.example/y";
    expect(selfReportErrors(draft, sheet, item).A1?.evidence?.key).toBe("party-assessment-sheet.evidenceInvalid");
  });
});
