import { MIN_VALUES_PER_SIDE } from "../../../src/domain/beforeAfter";
import { INDICATOR_GROUPS } from "../../../src/domain/indicators";
import { BRANCH_TYPES } from "../../../src/domain/branchRules";
import { MAX_WINDOW_YEARS } from "../../../mock-api/overviewEndpoints";
import type { JsonSchema } from "./fieldSchema";

const ERROR = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const COUNTS = { type: "array", items: { type: "object", required: ["key", "count"], properties: { key: { type: "string" }, count: { type: "integer", minimum: 0 } } } };
const NUMBER_OR_NULL = { type: ["number", "null"] };
const MONTH = { type: "string", pattern: "^\\d{4}-(0[1-9]|1[0-2])$" };

/** The two read-only reports of mock-api/overviewEndpoints.ts, computed by src/domain/dashboard.ts and src/domain/indicatorComparison.ts. */
export function overviewPaths(): Record<string, JsonSchema> {
  return {
    "/dashboard": {
      get: {
        tags: ["overview"],
        operationId: "getDashboard",
        summary: "Every dashboard chart's figures for a year",
        description:
          "Member structure (stages, age, education, title), the development pipeline by due month, organizational-life compliance by month, commitments by status with the fulfilment rate and average rating, pairing progress, study hours and the star grades of the year's assessment, for the branches the filters keep. Administrators and secretaries.",
        parameters: [
          { name: "year", in: "query", schema: { type: "integer", minimum: 2000, maximum: 2100 }, description: "default: this year" },
          { name: "branchType", in: "query", schema: { type: "string" }, description: "only branches of this type" },
          { name: "branchId", in: "query", schema: { type: ["integer", "string"] }, description: "only this branch" },
        ],
        responses: {
          200: { description: "the figures", content: { "application/json": { schema: { $ref: "#/components/schemas/DashboardFigures" } } } },
          401: { description: "not signed in", ...ERROR },
          403: { description: "a member", ...ERROR },
          422: { $ref: "#/components/responses/ValidationFailed" },
        },
      },
    },
    "/before-after": {
      get: {
        tags: ["overview"],
        operationId: "getBeforeAfter",
        summary: "Each indicator's values before and after a cut-over, with two two-sample tests",
        description: `For the indicators kept at the scope's level (the hospital, or a department or branch): n, mean and sample SD on each side of [cutOver − years, cutOver) and [cutOver, cutOver + years), the change in %, Welch's t-test (t, df, two-sided p) and the Mann–Whitney U test (U of the before sample, asymptotic two-sided p, tie-corrected); no test with fewer than ${MIN_VALUES_PER_SIDE} values on a side. A member gets the public hospital-wide indicators only.`,
        parameters: [
          { name: "scope", in: "query", schema: { type: "string" }, description: '"hospital" (default) or a branch id' },
          { name: "cutOver", in: "query", required: true, schema: { type: "string", format: "date" }, description: "the first day of the after side" },
          { name: "years", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_WINDOW_YEARS }, description: "years on each side (default 3)" },
        ],
        responses: {
          200: { description: "the comparison", content: { "application/json": { schema: { $ref: "#/components/schemas/BeforeAfterComparison" } } } },
          401: { description: "not signed in", ...ERROR },
          403: { description: "a member asking for a branch", ...ERROR },
          422: { $ref: "#/components/responses/ValidationFailed" },
        },
      },
    },
  };
}

export const dashboardSchema: JsonSchema = {
  type: "object",
  required: ["year", "branches", "members", "pipeline", "orgLife", "commitments", "pairings", "study", "assessment"],
  properties: {
    year: { type: "integer" },
    branches: { type: "integer", minimum: 0 },
    members: { type: "object", required: ["stages", "ages", "education", "titles"], properties: { stages: COUNTS, ages: COUNTS, education: COUNTS, titles: COUNTS } },
    pipeline: { type: "array", items: { type: "object", required: ["month", "probation_ends", "candidate_eligible"], properties: { month: MONTH, probation_ends: { type: "integer" }, candidate_eligible: { type: "integer" } } } },
    orgLife: {
      type: "array",
      items: { type: "object", required: ["month", "held", "missing", "due", "rate"], properties: { month: MONTH, held: { type: "integer" }, missing: { type: "integer" }, due: { type: "integer" }, rate: NUMBER_OR_NULL } },
    },
    commitments: { type: "object", required: ["byStatus", "fulfilmentRate", "averageRating", "rated"], properties: { byStatus: COUNTS, fulfilmentRate: NUMBER_OR_NULL, averageRating: NUMBER_OR_NULL, rated: { type: "integer" } } },
    pairings: {
      type: "array",
      items: { type: "object", required: ["pairingId", "title", "done", "total", "percent"], properties: { pairingId: { type: ["integer", "string"] }, title: { type: "string" }, status: { type: "string" }, done: { type: "integer" }, total: { type: "integer" }, percent: { type: "number" } } },
    },
    study: { type: "object", required: ["bands", "averageHours", "members"], properties: { bands: COUNTS, averageHours: NUMBER_OR_NULL, members: { type: "integer" } } },
    assessment: {
      type: "object",
      description: "The year's closed assessment plan (else an issued one with evaluations): the kept branches per star grade and branch type; planId null when none is graded.",
      required: ["planId", "title", "status", "graded", "rows"],
      properties: {
        planId: { type: ["integer", "string", "null"] },
        title: { type: ["string", "null"] },
        status: { type: ["string", "null"] },
        graded: { type: "integer", minimum: 0 },
        rows: {
          type: "array",
          items: { type: "object", required: ["stars", "branchType", "count"], properties: { stars: { type: "integer", minimum: 1, maximum: 5 }, branchType: { type: "string", enum: [...BRANCH_TYPES] }, count: { type: "integer", minimum: 0 } } },
        },
      },
    },
  },
};

const SIDE = { type: "object", required: ["n", "mean", "sd"], properties: { n: { type: "integer", minimum: 0 }, mean: NUMBER_OR_NULL, sd: NUMBER_OR_NULL } };

export const beforeAfterSchema: JsonSchema = {
  type: "object",
  required: ["scope", "cutOver", "years", "rows"],
  properties: {
    scope: { type: "string" },
    cutOver: { type: "string", format: "date" },
    years: { type: "integer" },
    rows: {
      type: "array",
      items: {
        type: "object",
        required: ["indicatorId", "name", "group", "unit", "higherIsBetter", "period", "before", "after", "changePercent", "tooFew", "significant", "welch", "mannWhitney", "series"],
        properties: {
          indicatorId: { type: ["integer", "string"] },
          name: { type: "string" },
          group: { type: "string", enum: [...INDICATOR_GROUPS] },
          unit: { type: "string" },
          higherIsBetter: { type: "boolean" },
          period: { type: "string" },
          source: { type: "string" },
          before: SIDE,
          after: SIDE,
          changePercent: NUMBER_OR_NULL,
          tooFew: { type: "boolean" },
          significant: { type: "boolean", description: "Welch's p below 0.05" },
          welch: { oneOf: [{ type: "null" }, { type: "object", required: ["t", "df", "p"], properties: { t: { type: "number" }, df: { type: "number" }, p: { type: "number", minimum: 0, maximum: 1 } } }] },
          mannWhitney: { oneOf: [{ type: "null" }, { type: "object", required: ["u", "p"], properties: { u: { type: "number" }, p: { type: "number", minimum: 0, maximum: 1 } } }] },
          series: { type: "array", items: { type: "object", required: ["period", "value"], properties: { period: { type: "string" }, value: { type: "number" } } } },
        },
      },
    },
  },
};
