import { MOBILE_PATTERN } from "../../../src/domain/phone";
import type { FieldDef } from "../../../src/schema/types";

export type JsonSchema = Record<string, unknown>;

// The bounds validateField applies when a field declares none (src/schema/validateField.ts).
const ID: JsonSchema = { type: ["integer", "string"], minimum: 1, minLength: 1, description: "a record id" };
const ID_CARD = "^\\d{17}[\\dX]$";
const TAG_MAX = 20;
const LOG_NOTE_MAX = 500;
const OPEN_OPTIONS = "a built-in value (the examples) or an option administrators added in /resource-settings (extraOptions); the backend refuses any other with 422";

const defined = (schema: JsonSchema): JsonSchema => Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined));
const lengths = (field: FieldDef) => ({ minLength: field.minLength, maxLength: field.maxLength });
const counts = (field: FieldDef) => ({ minItems: field.minLength, maxItems: field.maxLength });
const array = (field: FieldDef, items: JsonSchema): JsonSchema => defined({ type: "array", items, ...counts(field) });

/** One field's value as JSON Schema 2020-12 (OpenAPI 3.1), mirroring validateField's checks. */
export function valueSchema(field: FieldDef): JsonSchema {
  switch (field.kind) {
    case "text":
    case "textarea":
      // A blank value counts as empty (validateField's isBlank), so an optional field's pattern admits it.
      return defined({ type: "string", ...lengths(field), pattern: field.pattern && `^(?:${field.required ? "" : "\\s*|"}${field.pattern})$` });
    case "phone":
      return { type: "string", pattern: MOBILE_PATTERN.source, description: "a mainland mobile number" };
    case "id-card":
      return { type: "string", pattern: ID_CARD, description: "GB 11643 citizen ID number; the last character is its ISO 7064 MOD 11-2 check" };
    case "email":
      return defined({ type: "string", format: "email", ...lengths(field) });
    case "number":
      return defined({ type: "number", minimum: field.min, maximum: field.max });
    case "money":
      return defined({ type: "number", minimum: field.min ?? 0, maximum: field.max, multipleOf: 0.01 });
    case "percent":
      return { type: "number", minimum: field.min ?? 0, maximum: field.max ?? 100 };
    case "rating":
      return { type: "integer", minimum: field.min ?? 1, maximum: field.max ?? 5 };
    case "date":
      return { type: "string", format: "date" };
    case "datetime":
      return { type: "string", format: "date-time" };
    case "enum":
      if (field.openOptions) return { type: "string", minLength: 1, examples: [...(field.values ?? [])], description: OPEN_OPTIONS };
      return { type: "string", enum: [...(field.values ?? [])] };
    case "multi-enum":
      return array(field, { type: "string", enum: [...(field.values ?? [])] });
    case "boolean":
      return { type: "boolean" };
    case "relation":
      return { ...ID, "x-relation": field.target };
    case "multi-relation":
      return { ...array(field, ID), "x-relation": field.target };
    case "roster":
      return {
        ...array(field, {
          type: "object",
          required: ["memberId", "role"],
          properties: { memberId: ID, role: { type: "string", enum: [...(field.values ?? [])] } },
        }),
        "x-relation": field.target,
      };
    case "log":
      return array(field, {
        type: "object",
        required: ["date", "note"],
        properties: { date: { type: "string", format: "date" }, note: { type: "string", minLength: 1, maxLength: LOG_NOTE_MAX } },
      });
    case "tags":
      return array(field, { type: "string", minLength: 1, maxLength: TAG_MAX });
    case "items": {
      const subs = Object.entries(field.item ?? {});
      return array(field, {
        type: "object",
        required: subs.filter(([, sub]) => sub.required && !sub.readOnly).map(([name]) => name),
        properties: Object.fromEntries(subs.map(([name, sub]) => [name, sub.readOnly ? { ...valueSchema(sub), readOnly: true } : sub.required ? valueSchema(sub) : nullable(valueSchema(sub))])),
      });
    }
    case "diff":
      return {
        type: "array",
        items: { type: "object", required: ["field"], properties: { field: { type: "string" }, before: {}, after: {} } },
      };
    default:
      return { description: `field kind ${String((field as FieldDef).kind)}` };
  }
}

/** An optional field may also be sent (and stored) as null: the form clears a field that way. */
export function nullable(schema: JsonSchema): JsonSchema {
  const type = schema.type;
  const out: JsonSchema = { ...schema };
  if (typeof type === "string") out.type = [type, "null"];
  else if (Array.isArray(type)) out.type = [...type, "null"];
  if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null];
  return out;
}
