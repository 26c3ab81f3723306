import { ACTIVITY_KINDS, FREQUENCY_MONTHS } from "../../../src/domain/organizationalLife";
import type { JsonSchema } from "./fieldSchema";

const STATE = { type: "string", enum: ["held", "missing", "due", "none"] };

/** The read-only compliance matrix (mock-api/compliance.ts), computed by src/domain/compliance.ts. */
export function compliancePaths(): Record<string, JsonSchema> {
  return {
    "/compliance": {
      get: {
        tags: ["compliance"],
        operationId: "getCompliance",
        summary: "Each branch's 三会一课 compliance by month for a year",
        description: [
          "Every branch's year month by month: for each required activity kind (by the frequency table, defaults",
          `${Object.keys(FREQUENCY_MONTHS).join(" / ")}), whether it was held that month, missed (its block ended without one),`,
          "due (its block ends this month and is still open) or nothing is owed. Only held meetings count; a branch",
          "without a committee owes no committee meeting. A member gets their own branch's row only.",
        ].join(" "),
        parameters: [
          { name: "year", in: "query", schema: { type: "integer", minimum: 2000, maximum: 2100 }, description: "default: this year" },
          { name: "kind", in: "query", schema: { type: "string", enum: [...ACTIVITY_KINDS] }, description: "only this kind (repeatable)" },
          { name: "branchType", in: "query", schema: { type: "string" }, description: "only branches of this type" },
        ],
        responses: {
          200: {
            description: "the matrix",
            content: { "application/json": { schema: { $ref: "#/components/schemas/ComplianceReport" } } },
          },
          401: { description: "not signed in", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          422: { $ref: "#/components/responses/ValidationFailed" },
        },
      },
    },
  };
}

export const complianceSchema: JsonSchema = {
  type: "object",
  required: ["year", "kinds", "rows"],
  properties: {
    year: { type: "integer" },
    kinds: { type: "array", items: { type: "string", enum: [...ACTIVITY_KINDS] } },
    rows: {
      type: "array",
      items: {
        type: "object",
        required: ["branchId", "name", "type", "months", "missing"],
        properties: {
          branchId: { type: ["integer", "string"] },
          name: { type: "string" },
          type: { type: "string" },
          missing: { type: "integer", minimum: 0, description: "blocks missed in the year over the kinds judged" },
          months: {
            type: "array",
            minItems: 12,
            maxItems: 12,
            items: {
              type: "object",
              required: ["month", "from", "to", "state", "kinds"],
              properties: {
                month: { type: "integer", minimum: 1, maximum: 12 },
                from: { type: "string", format: "date" },
                to: { type: "string", format: "date" },
                state: STATE,
                kinds: {
                  type: "object",
                  additionalProperties: {
                    type: "object",
                    required: ["state", "meetingIds"],
                    properties: { state: STATE, meetingIds: { type: "array", items: { type: ["integer", "string"] } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};
