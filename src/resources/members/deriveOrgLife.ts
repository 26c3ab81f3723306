import type { AttendanceMark } from "../../domain/orgLifeAbsence";
import { orgLifeStanding } from "../../domain/orgLifeAbsence";
import type { DataLookup } from "../../domain/types";

/** Every member's marks at held meetings, from the meetings collection in one pass. */
export function attendanceMarks(data: DataLookup): Map<string, AttendanceMark[]> {
  const marks = new Map<string, AttendanceMark[]>();
  for (const meeting of data.all("meetings")) {
    if (meeting.status !== "held" || typeof meeting.date !== "string" || !Array.isArray(meeting.attendance)) continue;
    for (const entry of meeting.attendance as { memberId?: unknown; status?: string }[]) {
      const key = String(entry?.memberId);
      const list = marks.get(key);
      const mark = { date: meeting.date, status: String(entry?.status) };
      if (list) list.push(mark);
      else marks.set(key, [mark]);
    }
  }
  return marks;
}

/**
 * The last meeting a member attended and the months without organizational life without good
 * reason (counted from admission for a member with no record since), for Party members only.
 */
export function deriveOrgLife(members: Record<string, unknown>[], data: DataLookup, today: string): Record<string, unknown>[] {
  const marks = attendanceMarks(data);
  return members.map((member) => {
    if (member.stage !== "full" && member.stage !== "probationary") return { ...member, lastAttendedDate: null, orgLifeSince: null, orgLifeMonths: null };
    const standing = orgLifeStanding(marks.get(String(member.id)) ?? [], today, typeof member.admissionDate === "string" ? member.admissionDate : undefined);
    return { ...member, lastAttendedDate: standing.lastAttended ?? null, orgLifeSince: standing.accountedUntil ?? null, orgLifeMonths: standing.months };
  });
}
