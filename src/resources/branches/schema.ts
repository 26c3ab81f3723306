import { BRANCH_TYPES, branchRules, COMMITTEE_ROLES, termEndFrom } from "../../domain/branchRules";
import { defineResource } from "../../schema/defineResource";
import { deriveBranches } from "./deriveCompliance";
import { branchWarningsOf } from "./warnings";

const DETAIL = ["create", "edit", "show", "export"] as const;
const COUNT_VIEWS = ["list", "show", "export"] as const;

export const branches = defineResource({
  name: "branches",
  group: "organization",
  icon: "ApartmentOutlined",
  titleField: "name",
  defaultSort: [{ field: "id", order: "asc" }],
  fields: {
    name: { kind: "text", required: true, maxLength: 60, search: true, sort: true },
    type: { kind: "enum", values: BRANCH_TYPES, required: true, filter: true, sort: true },
    parentOrg: { kind: "text", maxLength: 60, views: DETAIL },
    establishedDate: { kind: "date", filter: true, sort: true },
    secretaryId: { kind: "relation", target: "members", labelField: "name", filter: true },
    committee: { kind: "roster", target: "members", labelField: "name", values: COMMITTEE_ROLES, maxLength: 7, help: true, views: DETAIL },
    termStart: { kind: "date", sort: true, views: DETAIL },
    termEnd: {
      kind: "date",
      sort: true,
      filter: true,
      help: true,
      suggest: (r) => (typeof r.termStart === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r.termStart) ? termEndFrom(r.termStart) : undefined),
    },
    fullMemberCount: { kind: "number", readOnly: true, sort: true, views: COUNT_VIEWS },
    probationaryMemberCount: { kind: "number", readOnly: true, sort: true, views: COUNT_VIEWS },
    // Organizational life: what the branch missed (derived from its held meetings).
    missingActivityCount: { kind: "number", readOnly: true, sort: true, views: COUNT_VIEWS },
    missingActivities: { kind: "tags", readOnly: true, views: [] },
    duesArrearsCount: { kind: "number", readOnly: true, sort: true, views: ["show", "export"] },
    duesReviewCount: { kind: "number", readOnly: true, sort: true, views: ["show", "export"] },
    version: { kind: "number", readOnly: true, views: [] },
    // Education: the share of the branch's members on the yearly study pace.
    studyOnPaceShare: { kind: "percent", readOnly: true, sort: true, views: COUNT_VIEWS },
  },
  rules: branchRules,
  derive: deriveBranches(),
  warnings: branchWarningsOf,
  // The branch's star grades across the years (computed by the backend from the assessment tasks).
  children: [{ resource: "assessment-results", foreignKey: "branchId" }],
});
