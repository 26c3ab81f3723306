import { INDICATOR_GROUPS, INDICATOR_LEVELS, INDICATOR_PERIODS, INDICATOR_RULES, INDICATOR_SOURCES, indicatorRuleErrors } from "../../domain/indicators";
import { defineResource } from "../../schema/defineResource";

const DETAIL = ["create", "edit", "show", "export"] as const;

/**
 * 指标库: the indicators the dashboard and the before/after comparison read, in six groups; each
 * says its unit, whether more is better, the level it is kept at and its period. `public` makes a
 * hospital-wide indicator visible to every member.
 */
export const indicators = defineResource({
  name: "indicators",
  group: "overview",
  icon: "AimOutlined",
  titleField: "name",
  defaultSort: [{ field: "id", order: "asc" }],
  fields: {
    name: { kind: "text", required: true, maxLength: 60, search: true, sort: true, unique: true },
    group: { kind: "enum", values: INDICATOR_GROUPS, required: true, filter: true, sort: true },
    unit: { kind: "text", required: true, maxLength: 20 },
    higherIsBetter: { kind: "boolean", default: true, filter: true },
    level: { kind: "enum", values: INDICATOR_LEVELS, required: true, filter: true },
    period: { kind: "enum", values: INDICATOR_PERIODS, required: true, filter: true },
    source: { kind: "enum", values: INDICATOR_SOURCES, required: true, default: "entered", filter: true, help: true },
    rule: { kind: "enum", values: INDICATOR_RULES, views: DETAIL, help: true },
    public: { kind: "boolean", default: false, filter: true, help: true },
    description: { kind: "textarea", maxLength: 500, views: DETAIL },
    version: { kind: "number", readOnly: true, views: [] },
  },
  rules: [indicatorRuleErrors],
});
