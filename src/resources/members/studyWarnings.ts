import { warning, type DomainWarning } from "../../domain/warnings";

/** Behind the yearly study pace, and a probationary member still without a centralized training. */
export function memberStudyWarnings(member: Record<string, unknown>): DomainWarning[] {
  const found: DomainWarning[] = [];
  if (member.studyOnPace === false) {
    found.push(warning("studyBehindPace", { hours: Number(member.studyHours ?? 0), minimum: Number(member.studyMinimum ?? 0) }));
  }
  if (member.centralTrainingMissing === true) found.push(warning("centralTrainingMissing"));
  return found;
}
