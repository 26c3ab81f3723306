// 支部联建: a functional-department branch pairs with clinical or medical-technical branches.
import type { FieldError, RecordRule } from "./types";
import { dateOf, idKey } from "./values";

export const PAIRING_STATUSES = ["planned", "active", "concluded"] as const;
export const PAIRING_INITIATOR_TYPES: readonly string[] = ["functional"];
export const PAIRING_PARTNER_TYPES: readonly string[] = ["clinical", "medtech"];

const key = (name: string) => `party.rules.${name}`;

const idList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idKey).filter((id): id is string => id !== undefined) : [];

/**
 * Checks needing other records: branch types, and no second ACTIVE pairing of the same initiator
 * with any of the same partners. Branches missing from `branchesById` are not judged here (the
 * relation check reports unknown ids).
 */
export function pairingErrors(
  pairing: Record<string, unknown>,
  branchesById: Readonly<Record<string, { type: string }>>,
  otherPairings: readonly Record<string, unknown>[],
): FieldError[] {
  const errors: FieldError[] = [];
  const initiator = idKey(pairing.initiatorBranchId);
  const partners = idList(pairing.partnerBranchIds);

  const initiatorType = initiator !== undefined ? branchesById[initiator]?.type : undefined;
  if (initiatorType !== undefined && !PAIRING_INITIATOR_TYPES.includes(initiatorType)) {
    errors.push({ field: "initiatorBranchId", key: key("pairingInitiatorType") });
  }
  const wrongPartner = partners.some((id) => {
    const type = branchesById[id]?.type;
    return type !== undefined && !PAIRING_PARTNER_TYPES.includes(type);
  });
  if (wrongPartner) errors.push({ field: "partnerBranchIds", key: key("pairingPartnerType") });

  if (pairing.status === "active" && initiator !== undefined) {
    const self = idKey(pairing.id);
    const clash = otherPairings.find(
      (other) =>
        other.status === "active" &&
        (self === undefined || idKey(other.id) !== self) &&
        idKey(other.initiatorBranchId) === initiator &&
        idList(other.partnerBranchIds).some((id) => partners.includes(id)),
    );
    if (clash) {
      const title = typeof clash.title === "string" && clash.title.trim() !== "" ? clash.title : String(clash.id ?? "");
      errors.push({ field: "partnerBranchIds", key: key("pairingDuplicateActive"), params: { title } });
    }
  }
  return errors;
}

export const pairingDatesRule: RecordRule = (record) => {
  const start = dateOf(record, "startDate");
  const end = dateOf(record, "endDate");
  return start && end && end < start ? [{ field: "endDate", key: key("endBeforeStart") }] : [];
};

export const pairingRules: RecordRule[] = [pairingDatesRule];
