import { WORKBENCH_RULES } from "../../domain/workbench";
import { defineResource } from "../../schema/defineResource";
import { computeWorkbench } from "./computeWorkbench";

/**
 * 工作台: what is due, computed by the backend on every read from the records (never written) and
 * narrowed to a role's own: the hospital for an administrator, their branch for a secretary, their
 * own items for a member.
 */
export const workbench = defineResource({
  name: "workbench",
  group: "overview",
  icon: "DashboardOutlined",
  titleField: "subject",
  readOnly: true,
  screen: "workbench",
  defaultSort: [{ field: "dueDate", order: "asc" }],
  fields: {
    rule: { kind: "enum", values: WORKBENCH_RULES, filter: true, sort: true },
    subject: { kind: "text", maxLength: 300, search: true },
    branchId: { kind: "relation", target: "branches", labelField: "name", filter: true },
    memberId: { kind: "relation", target: "members", labelField: "name", filter: true, views: ["show", "export"] },
    dueDate: { kind: "date", sort: true },
    overdue: { kind: "boolean", filter: true, sort: true },
    detail: { kind: "text", maxLength: 60, views: ["show", "export"] },
    amount: { kind: "number", views: ["show", "export"] },
    resource: { kind: "text", maxLength: 40, views: ["show", "export"] },
    recordId: { kind: "text", maxLength: 40, views: ["show", "export"] },
  },
  compute: computeWorkbench,
});
