import { excellentAllowed, excellentCap } from "../../domain/appraisals";
import type { DataRule, FieldError } from "../../domain/types";

const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b);

/**
 * What an appraisal needs of the stored records: the member belongs to the branch, a 预备党员 takes
 * part ungraded and a full member gets a grade, one appraisal per member and year, and 优秀 for no
 * more than a third of the branch's graded members (its full members, or the graded appraisals
 * already recorded when there are more).
 */
export const appraisalDataRule: DataRule = (record, _ctx, data) => {
  const member = data.get("members", record.memberId);
  if (!member) return [];
  const errors: FieldError[] = [];
  if (!same(member.branchId, record.branchId)) errors.push({ field: "memberId", key: "party.rules.appraisalOtherBranch" });
  const graded = record.grade !== undefined && record.grade !== null && record.grade !== "";
  if (member.stage === "probationary" && graded) errors.push({ field: "grade", key: "party.rules.probationaryUngraded" });
  if (member.stage === "full" && !graded) errors.push({ field: "grade", key: "party.rules.gradeRequired" });
  const sameYear = data.all("appraisals").filter((a) => same(a.year, record.year) && !same(a.id, record.id));
  if (sameYear.some((a) => same(a.memberId, record.memberId))) errors.push({ field: "memberId", key: "party.rules.appraisalDuplicate", params: { year: String(record.year) } });
  if (record.grade === "excellent") {
    const branchYear = sameYear.filter((a) => same(a.branchId, record.branchId));
    const full = data.all("members").filter((m) => same(m.branchId, record.branchId) && m.stage === "full" && m.partyStatus !== "expelled").length;
    const gradedCount = branchYear.filter((a) => a.grade).length + 1;
    const appraised = Math.max(full, gradedCount);
    const excellent = branchYear.filter((a) => a.grade === "excellent").length;
    if (!excellentAllowed(excellent, appraised)) {
      errors.push({ field: "grade", key: "party.rules.excellentCap", params: { cap: excellentCap(appraised), appraised, excellent } });
    }
  }
  return errors;
};
