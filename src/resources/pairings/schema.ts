import { PAIRING_STATUSES, pairingRules } from "../../domain/pairings";
import { defineResource } from "../../schema/defineResource";
import { pairingBranchRule } from "./pairingBranchRule";

export const pairings = defineResource({
  name: "pairings",
  group: "coop",
  icon: "LinkOutlined",
  titleField: "title",
  defaultSort: [{ field: "startDate", order: "desc" }],
  fields: {
    title: { kind: "text", required: true, maxLength: 80, search: true, sort: true },
    initiatorBranchId: { kind: "relation", target: "branches", labelField: "name", required: true, filter: true, help: true },
    partnerBranchIds: { kind: "multi-relation", target: "branches", labelField: "name", required: true, maxLength: 5, help: true },
    goals: { kind: "textarea", maxLength: 1000, views: ["create", "edit", "show", "export"] },
    startDate: { kind: "date", required: true, sort: true, filter: true },
    endDate: { kind: "date", sort: true },
    status: { kind: "enum", values: PAIRING_STATUSES, required: true, default: "planned", filter: true, sort: true },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: pairingRules,
  dataRules: [pairingBranchRule],
  children: [
    { resource: "pairing-activities", foreignKey: "pairingId" },
    { resource: "pairing-tasks", foreignKey: "pairingId", progress: { field: "status", doneValues: ["done"] } },
    { resource: "pairing-trainings", foreignKey: "pairingId" },
  ],
});
