import { LANGUAGES } from "../../../src/schema/types";
import { fieldSpecSchema } from "./definitionsSchema";
import type { JsonSchema } from "./fieldSchema";

// `/resource-settings/<resource>`: administrators' runtime configuration (src/schema/settingsTypes.ts).
const text: JsonSchema = { type: "object", properties: Object.fromEntries(LANGUAGES.map((lng) => [lng, { type: "string" }])) };
const names: JsonSchema = { type: "array", items: { type: "string" } };
const option: JsonSchema = { type: "object", required: ["value", "label"], properties: { value: { type: "string" }, label: text } };

export function settingsSchema(resources: readonly string[]): JsonSchema {
  return {
    type: "object",
    required: ["id"],
    description: "Field names here are the plugin's own (not remapped by fieldMap). Invalid settings get 422 with party.settings.errors.* and party.lowcode.errors.* keys; a change of a custom field that stored records would fail too.",
    properties: {
      id: { type: "string", enum: [...resources], description: "the resource these settings apply to" },
      customFields: { type: "array", items: fieldSpecSchema, description: "declared like a defined resource's fields; errors under customFields.<index> with party.lowcode.errors.* keys" },
      hidden: names,
      order: names,
      required: names,
      labels: { type: "object", additionalProperties: text },
      extraOptions: { type: "object", additionalProperties: { type: "array", items: option } },
      version: { type: "integer", minimum: 1 },
    },
  };
}
