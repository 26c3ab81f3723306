import { INDICATOR_GROUPS, INDICATOR_LEVELS } from "../../domain/indicators";
import { defineResource } from "../../schema/defineResource";
import { deriveIndicator } from "./deriveIndicator";
import { indicatorValueRule } from "./valueRule";

/**
 * 指标数据: one value of an indicator for a period (2021-07, 2021-Q3 or 2021), hospital-wide or
 * for a branch; typed in or imported from Excel. Values of computed indicators are not stored:
 * the comparison computes them from the records.
 */
export const indicatorValues = defineResource({
  name: "indicator-values",
  group: "overview",
  icon: "FundOutlined",
  titleField: "period",
  defaultSort: [{ field: "period", order: "desc" }],
  fields: {
    // An imported sheet names the indicator by its name.
    indicatorId: { kind: "relation", target: "indicators", labelField: "name", required: true, filter: true, sort: true, importMatch: [["name"]] },
    branchId: { kind: "relation", target: "branches", labelField: "name", filter: true, help: true },
    period: { kind: "text", required: true, maxLength: 7, pattern: "\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?", filter: true, sort: true, help: true },
    value: { kind: "number", required: true, min: -1_000_000_000, max: 1_000_000_000, sort: true },
    note: { kind: "text", maxLength: 200, views: ["create", "edit", "show", "export"] },
    group: { kind: "enum", values: INDICATOR_GROUPS, readOnly: true, filter: true },
    level: { kind: "enum", values: INDICATOR_LEVELS, readOnly: true, filter: true, views: ["show", "export"] },
    public: { kind: "boolean", readOnly: true, filter: true, views: [] },
    version: { kind: "number", readOnly: true, views: [] },
  },
  dataRules: [indicatorValueRule],
  derive: deriveIndicator,
});
