import { branchLeaderIds, hoursInYear, needsCentralTraining, studyPace, yearlyMinimum, type StudyPace } from "../../domain/education";
import type { DataLookup } from "../../domain/types";

export interface StudyStanding extends StudyPace {
  centralTrainingMissing: boolean;
}

/** Only members of the Party (full and probationary, not expelled) owe study hours. */
export const owesStudy = (member: Record<string, unknown>) =>
  (member.stage === "full" || member.stage === "probationary") && member.partyStatus !== "expelled";

/**
 * Each member's study this year, from the stored records in one pass: hours earned this calendar
 * year against their minimum (56 for a secretary or committee member on their branch's roster,
 * 32 otherwise), the pace, and whether a probationary member still lacks a centralized training.
 * The members' and the branches' derived fields both come from here.
 */
export function studyStandings(data: DataLookup, today: string): Map<string, StudyStanding> {
  const year = today.slice(0, 4);
  const leaders = new Set<string>();
  for (const branch of data.all("branches")) for (const id of branchLeaderIds(branch)) leaders.add(id);
  const courses = new Map(data.all("courses").map((c) => [String(c.id), c]));
  const centralized = (r: Record<string, unknown>) => r.centralized === true || courses.get(String(r.courseId))?.kind === "offline_training";
  const byMember = new Map<string, Record<string, unknown>[]>();
  for (const record of data.all("study-records")) {
    const key = String(record.memberId);
    const list = byMember.get(key);
    if (list) list.push(record);
    else byMember.set(key, [record]);
  }
  const standings = new Map<string, StudyStanding>();
  for (const member of data.all("members")) {
    if (!owesStudy(member)) continue;
    const id = String(member.id);
    const records = byMember.get(id) ?? [];
    const pace = studyPace(hoursInYear(records, year), yearlyMinimum(leaders.has(id)), today);
    standings.set(id, { ...pace, centralTrainingMissing: needsCentralTraining(member, records, year, today, centralized) });
  }
  return standings;
}
