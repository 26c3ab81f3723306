import { INSTITUTION_KINDS } from "../../domain/consortium";
import { QUOTA_SHORTFALLS, quotaWarnings } from "../../domain/outreachQuota";
import { defineResource } from "../../schema/defineResource";
import { computeOverview } from "./computeOverview";

const count = { kind: "number", min: 0, sort: true } as const;

/**
 * 医联体工作概览: per member institution and year, computed by the backend (never written). Its
 * fields are not marked readOnly so that the export carries every figure.
 */
export const consortiumOverview = defineResource({
  name: "consortium-overview",
  group: "consortium",
  icon: "BarChartOutlined",
  titleField: "institutionId",
  readOnly: true,
  screen: "consortium-overview",
  defaultSort: [{ field: "institutionId", order: "asc" }],
  fields: {
    institutionId: { kind: "relation", target: "institutions", labelField: "name", filter: true, sort: true },
    kind: { kind: "enum", values: INSTITUTION_KINDS, filter: true },
    year: { kind: "number", filter: true, sort: true },
    postings: count,
    daysCovered: count,
    activities: count,
    freeClinics: count,
    trainings: count,
    wardRounds: count,
    teachingOperations: count,
    peopleServed: count,
    fixedPhysicians: { ...count, views: ["show", "export"] },
    qualifyingStaff: { ...count, views: ["show", "export"] },
    quotaShortfalls: { kind: "multi-enum", values: QUOTA_SHORTFALLS, views: ["show", "export"] },
  },
  compute: computeOverview,
  warnings: (record) => quotaWarnings(record),
});
