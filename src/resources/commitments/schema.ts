import { COMMITMENT_STATUSES, commitmentRules } from "../../domain/commitments";
import { defineResource } from "../../schema/defineResource";
import { deriveCommitmentStatus } from "./deriveStatus";
import { commitmentWarnings } from "./warnings";

const DETAIL = ["create", "edit", "show", "export"] as const;

export const commitments = defineResource({
  name: "commitments",
  group: "coop",
  icon: "HeartOutlined",
  titleField: "content",
  // Overdue first, then by the nearest deadline (urgency is computed by the backend).
  defaultSort: [
    { field: "urgency", order: "asc" },
    { field: "deadline", order: "asc" },
  ],
  fields: {
    content: { kind: "textarea", required: true, maxLength: 300, search: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", required: true, filter: true, help: true },
    memberId: { kind: "relation", target: "members", labelField: "name", views: DETAIL },
    targetBranchId: { kind: "relation", target: "branches", labelField: "name", required: true, filter: true },
    category: {
      kind: "enum",
      values: ["efficiency", "quality", "convenience", "communication", "other"],
      required: true,
      filter: true,
    },
    target: { kind: "text", required: true, maxLength: 120, help: true, views: DETAIL },
    deadline: { kind: "date", required: true, sort: true, filter: true },
    public: { kind: "boolean", default: true, filter: true, views: DETAIL },
    status: { kind: "enum", values: COMMITMENT_STATUSES, required: true, default: "draft", filter: true, sort: true, help: true },
    progress: { kind: "log", maxLength: 50, help: true, views: ["edit", "show", "export"] },
    rating: { kind: "rating", sort: true },
    ratingComment: { kind: "textarea", maxLength: 500, views: ["edit", "show", "export"] },
    rectificationPlan: { kind: "textarea", maxLength: 1000, help: true, views: ["edit", "show", "export"] },
    urgency: { kind: "number", readOnly: true, sort: true, views: [] },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: commitmentRules,
  derive: deriveCommitmentStatus,
  warnings: commitmentWarnings,
});
