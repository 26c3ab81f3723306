import type { DataLookup } from "../../domain/types";
import { owesStudy, studyStandings } from "../education/studyStandings";

/** Each branch's share (whole percent) of its members on the yearly study pace; none without members. */
export function deriveStudyShare(branches: Record<string, unknown>[], data: DataLookup, today: string): Record<string, unknown>[] {
  const standings = studyStandings(data, today);
  const tally = new Map<string, { on: number; all: number }>();
  for (const member of data.all("members")) {
    const s = standings.get(String(member.id));
    if (!s || !owesStudy(member)) continue;
    const entry = tally.get(String(member.branchId)) ?? { on: 0, all: 0 };
    entry.all++;
    if (s.onPace) entry.on++;
    tally.set(String(member.branchId), entry);
  }
  return branches.map((branch) => {
    const entry = tally.get(String(branch.id));
    return { ...branch, studyOnPaceShare: entry ? Math.round((entry.on / entry.all) * 100) : null };
  });
}
