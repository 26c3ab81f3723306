import { ACTIVITY_KINDS } from "../../../src/domain/organizationalLife";
import { OWNER_FIELD } from "../../../src/domain/permissions";
import type { EffectiveResource, FieldDef } from "../../../src/schema/types";
import { nullable, valueSchema, type JsonSchema } from "./fieldSchema";

const hidden = (field: FieldDef) => !!field.views && field.views.length === 0;
const writable = (resource: EffectiveResource) => resource.order.filter((name) => !resource.fields[name].readOnly);
export const isVersioned = (resource: EffectiveResource) => "version" in resource.fields;

/**
 * Derived fields whose served value is not what their field kind (a display hint) would describe:
 * a branch's missing activities are the calendar blocks lacking a kind of meeting
 * (src/domain/organizationalLife.ts, MissingActivity), not free tags.
 */
const DERIVED_VALUES: Record<string, Record<string, JsonSchema>> = {
  branches: {
    missingActivities: {
      type: "array",
      items: {
        type: "object",
        required: ["kind", "from", "to"],
        properties: { kind: { type: "string", enum: [...ACTIVITY_KINDS] }, from: { type: "string", format: "date" }, to: { type: "string", format: "date" } },
        additionalProperties: false,
      },
    },
  },
};

const MASKED = "sensitive: masked (e.g. 110105********1234) in lists, and in a single record unless the caller may reveal it";

const WRITE_ONLY = "write-only: accepted on create and update (blank on an update keeps the stored value), never in any answer";

/** A field's schema; as read, a sensitive value may arrive masked, so only its type is promised. */
function property(field: FieldDef, required: boolean, read = false): JsonSchema {
  const value = field.sensitive && read ? { type: "string", description: MASKED } : valueSchema(field);
  const schema = required ? value : nullable(value);
  if (field.writeOnly) return { ...schema, writeOnly: true, description: WRITE_ONLY };
  return field.sensitive ? { ...schema, "x-sensitive": true } : schema;
}

/** The backend's own secrets (a sign-in token): neither written by a client nor answered, so not in the contract. */
const internal = (field: FieldDef) => !!field.readOnly && !!field.writeOnly;

const CUSTOM_FIELDS =
  "Besides these, the custom fields administrators define in /resource-settings/<resource> (validated like built-in ones); any other field gets 422 party.validation.unknownField.";

/** A record as the backend answers it: every field, the id, the version and the derived fields. */
export function recordSchema(resource: EffectiveResource): JsonSchema {
  const properties: Record<string, JsonSchema> = { id: { type: ["integer", "string"], readOnly: true } };
  for (const name of resource.order) {
    const field = resource.fields[name];
    if (internal(field)) continue;
    const schema = property(field, !!field.required && !hidden(field), true);
    if (name === "version") properties[name] = { type: "integer", minimum: 1, readOnly: true, description: "optimistic-concurrency version: 1 on create, +1 on every update" };
    else if (name === OWNER_FIELD) properties[name] = { type: ["string", "null"], readOnly: true, description: "the id of the account that created the record, stamped by the backend (a client's is ignored); the \"own records\" scope goes by it" };
    else if (field.readOnly) properties[name] = { ...(DERIVED_VALUES[resource.name]?.[name] ?? schema), readOnly: true, "x-derived": true, description: "computed by the backend on read; sortable and filterable like a stored field" };
    else properties[name] = schema;
  }
  return { type: "object", required: ["id", ...(isVersioned(resource) ? ["version"] : [])], properties, additionalProperties: true };
}

/** The body of a create: writable fields, the required ones required. */
export function createSchema(resource: EffectiveResource): JsonSchema {
  const names = writable(resource);
  const properties = Object.fromEntries(names.map((name) => [name, property(resource.fields[name], !!resource.fields[name].required)]));
  const required = names.filter((name) => resource.fields[name].required && !hidden(resource.fields[name]));
  return { type: "object", required, properties, additionalProperties: true, description: CUSTOM_FIELDS };
}

/** The body of an update (PATCH): any writable fields, plus the version the change was based on. */
export function updateSchema(resource: EffectiveResource): JsonSchema {
  const properties: Record<string, JsonSchema> = Object.fromEntries(
    writable(resource).map((name) => [name, property(resource.fields[name], false)]),
  );
  if (!isVersioned(resource)) return { type: "object", properties, additionalProperties: true, description: CUSTOM_FIELDS };
  properties.version = { type: "integer", minimum: 1, description: "the version the change was based on; a stale one gets 409" };
  return { type: "object", required: ["version"], properties, additionalProperties: true, description: CUSTOM_FIELDS };
}
