import { ageOn } from "../../domain/age";
import { isIsoDate } from "../../domain/dates";
import type { RuleContext } from "../../domain/types";

type Rec = Record<string, unknown>;

/** On issue the letter copies the member's particulars as they stand that day; later edits keep them. */
export function completeTransfer(record: Rec, data: { get(resource: string, id: unknown): Rec | undefined }, ctx: RuleContext): Rec {
  if (ctx.mode !== "create") return {};
  const member = data.get("members", record.memberId);
  if (!member) return {};
  const on = isIsoDate(record.issueDate) ? record.issueDate : ctx.today;
  return {
    memberName: member.name,
    gender: member.gender,
    age: isIsoDate(member.birthDate) ? ageOn(member.birthDate, on) : undefined,
    ethnicity: member.ethnicity,
    membership: member.stage === "probationary" ? "probationary" : "full",
    idNumber: member.idNumber,
  };
}
