import type { DataLookup } from "../../domain/types";
import { studyStandings } from "../education/studyStandings";

/** A member's study hours this year, minimum, progress and pace (absent for those who owe none). */
export function deriveStudy(members: Record<string, unknown>[], data: DataLookup, today: string): Record<string, unknown>[] {
  const standings = studyStandings(data, today);
  return members.map((member) => {
    const s = standings.get(String(member.id));
    return {
      ...member,
      studyHours: s?.hours ?? null,
      studyMinimum: s?.minimum ?? null,
      studyPercent: s?.percent ?? null,
      studyOnPace: s ? s.onPace : null,
      centralTrainingMissing: s ? s.centralTrainingMissing : null,
    };
  });
}
