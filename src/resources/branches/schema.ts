import { defineResource } from "../../schema/defineResource";

export const BRANCH_TYPES = ["clinical", "medtech", "functional", "retired", "joint"] as const;

export const branches = defineResource({
  name: "branches",
  group: "organization",
  icon: "ApartmentOutlined",
  titleField: "name",
  defaultSort: { field: "id", order: "asc" },
  fields: {
    name: { kind: "text", required: true, maxLength: 60, search: true, sort: true },
    type: { kind: "enum", values: BRANCH_TYPES, required: true, filter: true, sort: true },
    parentOrg: { kind: "text", maxLength: 60, views: ["create", "edit", "show", "export"] },
    establishedDate: { kind: "date", filter: true, sort: true },
    secretaryId: { kind: "relation", target: "members", labelField: "name", filter: true },
    termStart: { kind: "date", sort: true, views: ["create", "edit", "show", "export"] },
    termEnd: { kind: "date", sort: true, filter: true, help: true },
    version: { kind: "number", readOnly: true, views: [] },
  },
});
