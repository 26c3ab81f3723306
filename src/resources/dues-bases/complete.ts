import type { DataRule, RecordRule } from "../../domain/types";
import { idKey, textOf } from "../../domain/values";

type Rec = Record<string, unknown>;

const normalise = (value: string) => value.trim().toUpperCase();
const memberWithId = (members: Rec[], idNumber: string) => members.find((m) => typeof m.idNumber === "string" && normalise(m.idNumber) === normalise(idNumber));

/** A row from the payroll sheet names the member by ID number: the backend finds the member. */
export function completeDuesBase(record: Rec, data: { all(resource: string): Rec[] }): Rec {
  const idNumber = textOf(record, "idNumber");
  if (idKey(record.memberId) !== undefined || !idNumber) return {};
  const member = memberWithId(data.all("members"), idNumber);
  return member ? { memberId: member.id } : {};
}

/** The member is named (directly or by a known ID number), and has one base per year and starting month. */
export const duesBaseDataRules: DataRule[] = [
  (record, ctx, data) => {
    const memberId = idKey(record.memberId);
    const idNumber = textOf(record, "idNumber");
    if (memberId === undefined) return idNumber ? [{ field: "idNumber", key: "party.rules.duesNoMemberWithId" }] : [];
    if (idNumber) {
      const member = data.get("members", memberId);
      if (member && typeof member.idNumber === "string" && normalise(member.idNumber) !== normalise(idNumber)) return [{ field: "idNumber", key: "party.rules.duesIdNumberMismatch" }];
    }
    const fromMonth = Number(record.fromMonth ?? 1);
    const twin = data
      .all("dues-bases")
      .find((b) => String(b.memberId) === memberId && Number(b.year) === Number(record.year) && Number(b.fromMonth ?? 1) === fromMonth && String(b.id) !== String(ctx.original?.id));
    return twin ? [{ field: "fromMonth", key: "party.rules.duesBaseDuplicate", params: { year: Number(record.year), month: fromMonth } }] : [];
  },
];

/** Either the member or their ID number (a payroll row) names whose base it is. */
export const memberOrIdNumberRule: RecordRule = (record) =>
  idKey(record.memberId) === undefined && !textOf(record, "idNumber") ? [{ field: "memberId", key: "party.rules.duesMemberOrIdNumber" }] : [];
