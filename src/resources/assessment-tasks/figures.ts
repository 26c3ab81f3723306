import {
  commitmentFulfilmentFigure,
  commitmentRatingFigure,
  figureDay,
  pairingTasksFigure,
  studyPaceFigure,
  themedDayFigure,
  threeMeetingsFigure,
  type SourceFigure,
} from "../../domain/assessmentSources";
import { sheetOf } from "../../domain/assessmentPlans";
import { branchActivityConfig } from "../../domain/organizationalLife";
import type { DataLookup } from "../../domain/types";
import { heldMeetingsByBranch } from "../branches/deriveCompliance";
import { owesStudy, studyStandings, type StudyStanding } from "../education/studyStandings";

type Rec = Record<string, unknown>;

const groupBy = (rows: Rec[], keyOf: (row: Rec) => unknown[]) => {
  const map = new Map<string, Rec[]>();
  for (const row of rows) {
    for (const key of keyOf(row)) {
      const list = map.get(String(key));
      if (list) list.push(row);
      else map.set(String(key), [row]);
    }
  }
  return map;
};

/**
 * The records the automatic sources read, gathered once per request (a list of tasks reads them
 * once, not once per task). Study standings are computed per judging day, on first use.
 */
export function figureSources(data: DataLookup, today: string) {
  const meetings = heldMeetingsByBranch(data);
  const commitments = groupBy(data.all("commitments"), (c) => [c.branchId]);
  const pairingBranches = new Map(data.all("pairings").map((p) => [String(p.id), [p.initiatorBranchId, ...(Array.isArray(p.partnerBranchIds) ? p.partnerBranchIds : [])]]));
  const pairingTasks = groupBy(data.all("pairing-tasks"), (t) => pairingBranches.get(String(t.pairingId)) ?? []);
  const membersByBranch = groupBy(data.all("members").filter(owesStudy), (m) => [m.branchId]);
  const standings = new Map<string, Map<string, StudyStanding>>();
  const standingsOn = (day: string) => {
    if (!standings.has(day)) standings.set(day, studyStandings(data, day));
    return standings.get(day)!;
  };

  /** The figure of one source for a branch, a year and an item's maximum. */
  return (source: string, branch: Rec | undefined, year: number, maxPoints: number): SourceFigure | undefined => {
    const id = String(branch?.id);
    switch (source) {
      case "themed_days":
        return themedDayFigure(meetings.get(id) ?? [], year, today, maxPoints);
      case "three_meetings_compliance":
        return threeMeetingsFigure(meetings.get(id) ?? [], year, today, maxPoints, branchActivityConfig(branch ?? {}));
      case "study_pace": {
        const byMember = standingsOn(figureDay(year, today));
        const rows = (membersByBranch.get(id) ?? []).flatMap((m) => {
          const s = byMember.get(String(m.id));
          return s ? [{ memberId: m.id, onPace: s.onPace }] : [];
        });
        return studyPaceFigure(rows, maxPoints);
      }
      case "commitment_fulfilment":
        return commitmentFulfilmentFigure(commitments.get(id) ?? [], year, maxPoints);
      case "commitment_rating":
        return commitmentRatingFigure(commitments.get(id) ?? [], year, maxPoints);
      case "pairing_tasks":
        return pairingTasksFigure(pairingTasks.get(id) ?? [], year, maxPoints);
      default:
        return undefined;
    }
  };
}
export type FigureSources = ReturnType<typeof figureSources>;

/** A task's automatic items: per item code, the figure its source gives for the task's branch and the plan's year. */
export function taskFigures(task: Rec, plan: Rec | undefined, data: DataLookup, sources: FigureSources): Map<string, SourceFigure> {
  const figures = new Map<string, SourceFigure>();
  if (!plan) return figures;
  const branch = data.get("branches", task.branchId);
  for (const item of sheetOf(plan).indicators) {
    if (!item.source) continue;
    const figure = sources(item.source, branch, Number(plan.year), item.maxPoints);
    if (figure) figures.set(item.code, figure);
  }
  return figures;
}

/** The scores the figures suggest, by item code. */
export const suggestedScores = (figures: Map<string, SourceFigure>) => new Map([...figures].map(([code, f]) => [code, f.suggested]));
