// Branch assessment: last year's plan closed with every branch graded (a realistic spread, a few
// still in rectification, one with a veto), and this year's plan issued with some self-reports in.
// Automatic items are scored as their figures suggest, from the seeded records themselves.
import { sheetOf } from "../../src/domain/assessmentPlans";
import type { SourceFigure } from "../../src/domain/assessmentSources";
import type { DataLookup } from "../../src/domain/types";
import { figureSources, taskFigures } from "../../src/resources/assessment-tasks/figures";
import { planGrades } from "../../src/resources/assessment-tasks/planGrades";
import { EVALUATION_COMMENTS, RECTIFICATION_REPORTS, SELF_NOTES, SHEET_CATEGORIES, SHEET_INDICATORS, SHEET_VETOES, STUDY_LEDGER_REASON } from "./assessment-texts";
import { addDays } from "./dates";
import { fastRandom, type FastRandom } from "./fast-random";
import type { Random } from "./random";

type Rec = Record<string, unknown>;

const halfPoints = (value: number) => Math.round(value * 2) / 2;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function plan(id: number, year: number, status: string): Rec {
  return {
    id,
    title: `${year}年度党支部星级评定考核`,
    year,
    status,
    deadline: `${year}-12-20`,
    scope: "all",
    branchTypes: [],
    branchIds: [],
    categories: SHEET_CATEGORIES,
    indicators: SHEET_INDICATORS.map(({ source, ...item }) => (source ? { ...item, source } : item)),
    vetoes: SHEET_VETOES,
    fiveStarMin: 90,
    fourStarMin: 80,
    threeStarMin: 70,
    twoStarMin: 60,
    fiveStarShare: 30,
    rectifyBelow: 60,
    version: 1,
  };
}

/** A branch's manual items around its own standing; its automatic items as the records say. */
function committeeScores(r: FastRandom, standing: number, figures: Map<string, SourceFigure>, sheet: ReturnType<typeof sheetOf>) {
  return sheet.indicators.map((item) => {
    const figure = figures.get(item.code);
    const manual = halfPoints(item.maxPoints * clamp(standing + (r.next() - 0.5) * 0.16, 0.3, 1));
    // Last year's study hours were kept in the branches' paper ledgers (the records here start this year): the
    // committee scores that item by hand and says why, so the seed never reads the standings (costly on a big hospital).
    if (item.source === "study_pace") return { code: item.code, score: manual, comment: "", reason: STUDY_LEDGER_REASON };
    return { code: item.code, score: figure ? figure.suggested : manual, comment: "", reason: "" };
  });
}

/** The branch's own scores: a little kinder than the committee's, never above the maximum. */
const selfScores = (r: FastRandom, scores: { code: string; score: number }[], sheet: ReturnType<typeof sheetOf>) =>
  scores.map((s) => {
    const max = sheet.indicators.find((i) => i.code === s.code)!.maxPoints;
    return { code: s.code, score: Math.min(max, s.score + halfPoints(r.next())), note: "", evidence: "" };
  });

export function generateAssessment(random: Random, today: string, db: Record<string, Rec[]>): { plans: Rec[]; tasks: Rec[] } {
  const r = fastRandom(random.int(1, 2 ** 31));
  const year = Number(today.slice(0, 4));
  const index = new Map<string, Map<string, Rec>>();
  const byId = (name: string) => {
    if (!index.has(name)) index.set(name, new Map((db[name] ?? []).map((row) => [String(row.id), row])));
    return index.get(name)!;
  };
  const data: DataLookup = { all: (name) => db[name] ?? [], get: (name, id) => byId(name).get(String(id)) };
  const sources = figureSources(data, today);
  const branches = data.all("branches");
  const last = plan(1, year - 1, "closed");
  const current = plan(2, year, "issued");
  const sheet = sheetOf(last);
  const withoutStudyPace = { ...last, indicators: SHEET_INDICATORS.filter((i) => i.source !== "study_pace") };
  let id = 1;

  // Last year: every branch evaluated. Standings spread from weak to excellent.
  const lastTasks: Rec[] = branches.map((branch, i) => {
    // Most branches do well; one in twelve struggles.
    const standing = i % 12 === 5 ? 0.5 : 0.62 + r.next() * 0.33;
    const task: Rec = { id: id++, planId: last.id, branchId: branch.id, status: "evaluated", deadline: last.deadline, version: 1 };
    const scores = committeeScores(r, standing, taskFigures(task, withoutStudyPace, data, sources), sheet);
    const vetoes = i === 7 ? [{ code: "V2", note: "年内发生一起负有责任的医疗安全事件" }] : [];
    return {
      ...task,
      selfScores: selfScores(r, scores, sheet),
      selfNote: r.pick(SELF_NOTES),
      scores,
      vetoes,
      evaluationComment: r.pick(EVALUATION_COMMENTS),
      rectificationDeadline: null,
      rectificationReport: "",
    };
  });
  // Those with something to put right go into rectification; most have finished it, a few have not.
  // The demo branch's is closed, so its members read their result.
  const secretaryBranch = data.all("accounts").find((u) => u.role === "secretary")?.branchId;
  const grades = planGrades(last, lastTasks);
  let pending = 0;
  for (const task of lastTasks) {
    const grade = grades.get(String(task.id))!;
    if (!grade.needsRectification) {
      task.status = "closed";
      continue;
    }
    pending++;
    const stage = String(task.branchId) === String(secretaryBranch) ? 0 : pending % 3;
    task.rectificationDeadline = stage === 1 && pending === 1 ? addDays(today, -10) : addDays(today, 20 + pending);
    if (stage === 0) {
      task.status = "closed";
      task.rectificationReport = r.pick(RECTIFICATION_REPORTS);
    } else if (stage === 2) {
      task.status = "rectified";
      task.rectificationReport = r.pick(RECTIFICATION_REPORTS);
    } else task.status = "rectification";
  }

  // This year: issued to every branch; some self-reports are in. The demo secretary's branch has not reported yet.
  const currentTasks: Rec[] = branches.map((branch) => {
    const task: Rec = { id: id++, planId: current.id, branchId: branch.id, status: "issued", deadline: current.deadline, version: 1 };
    if (String(branch.id) === String(secretaryBranch) || !r.chance(0.4)) return task;
    // A branch scores itself from its own view of the year; the records' figures are the committee's to weigh.
    const standing = 0.72 + r.next() * 0.28;
    const scores = committeeScores(r, standing, new Map(), sheet);
    return { ...task, status: "submitted", selfScores: selfScores(r, scores, sheet), selfNote: r.pick(SELF_NOTES) };
  });

  return { plans: [last, current], tasks: [...lastTasks, ...currentTasks] };
}
