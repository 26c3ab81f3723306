import { headcount, quorum, resolutionOutcome, type Votes } from "../../domain/meetings";
import { warning, type DomainWarning } from "../../domain/warnings";

/** A held meeting that could not decide, and each resolution that failed 双过半, with the numbers that say why. */
export function meetingWarnings(record: Record<string, unknown>, today: string): DomainWarning[] {
  const found: DomainWarning[] = [];
  if (record.status === "planned" && typeof record.date === "string" && record.date < today) found.push(warning("meetingNotRecorded", { date: record.date }));
  if (record.status !== "held") return found;
  const heads = headcount(record.attendance);
  const q = quorum(record.kind, heads);
  if (q && !q.quorate) found.push(warning("meetingNotQuorate", { present: q.present, of: q.of, needed: q.needed }, "error"));
  const resolutions = Array.isArray(record.resolutions) ? (record.resolutions as (Votes & { title?: unknown })[]) : [];
  for (const votes of resolutions) {
    const outcome = resolutionOutcome(record.kind, votes ?? {}, heads);
    if (outcome.passed || outcome.why !== "notEnoughYes") continue;
    found.push(warning("resolutionFailed", { title: String(votes?.title ?? ""), yes: outcome.yes, needed: outcome.needed, entitled: outcome.entitled }, "error"));
  }
  return found;
}
