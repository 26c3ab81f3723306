import { PERMISSION_ACTIONS, ROW_SCOPES } from "../../../src/domain/permissions";
import { DEFINABLE_KINDS, DEFINITION_ICONS, DEFINITIONS_RESOURCE } from "../../../src/schema/definitions";
import { LANGUAGES, VIEWS } from "../../../src/schema/types";
import { DENIED } from "./paths";
import type { JsonSchema } from "./fieldSchema";

// `/resource-definitions/<identifier>`: whole resources administrators define (src/schema/definitions).
const text: JsonSchema = { type: "object", properties: Object.fromEntries(LANGUAGES.map((lng) => [lng, { type: "string" }])) };
const option: JsonSchema = { type: "object", required: ["value", "label"], properties: { value: { type: "string" }, label: text } };

/** A declared field: a defined resource's, or a custom field of a built-in (settingsSchema.ts). */
export const fieldSpecSchema: JsonSchema = {
  type: "object",
  required: ["key", "kind", "label"],
  properties: {
    key: { type: "string" },
    kind: { type: "string", enum: [...DEFINABLE_KINDS] },
    label: text,
    required: { type: "boolean" },
    minLength: { type: "integer", minimum: 0 },
    maxLength: { type: "integer", minimum: 0 },
    min: { type: "number" },
    max: { type: "number" },
    pattern: { type: "string" },
    options: { type: "array", items: option },
    target: { type: "string", description: "a relation's resource: a built-in one or another definition's identifier" },
    default: {},
    help: text,
    views: { type: "array", items: { type: "string", enum: [...VIEWS] } },
    filter: { type: "boolean" },
    sort: { type: "boolean" },
    search: { type: "boolean" },
    sensitive: { type: "boolean" },
    hidden: { type: "boolean", description: "kept because records hold values; neither shown nor asked for" },
  },
};

export const definitionSchema: JsonSchema = {
  type: "object",
  required: ["id", "label", "group", "icon", "titleField", "fields"],
  description: "Its records are served at /<id> like a built-in resource's. Invalid definitions get 422 with party.lowcode.errors.* keys; a stale version 409.",
  properties: {
    id: { type: "string", pattern: "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", maxLength: 40 },
    label: text,
    group: { type: "string" },
    groupLabel: text,
    icon: { type: "string", enum: [...DEFINITION_ICONS] },
    titleField: { type: "string" },
    defaultSort: { type: "object", properties: { field: { type: "string" }, order: { enum: ["asc", "desc"] } } },
    fields: { type: "array", items: fieldSpecSchema },
    permissions: {
      type: "object",
      properties: {
        roles: { type: "object", properties: Object.fromEntries(PERMISSION_ACTIONS.map((a) => [a, { type: "array", items: { type: "string" } }])) },
        scope: { enum: [...ROW_SCOPES] },
        branchField: { type: "string" },
      },
    },
    version: { type: "integer", minimum: 1, readOnly: true },
  },
};

export function definitionsPaths(): Record<string, JsonSchema> {
  const ref = { $ref: "#/components/schemas/ResourceDefinition" };
  const body = { required: true, content: { "application/json": { schema: ref } } };
  const ok = (description: string) => ({ description, content: { "application/json": { schema: ref } } });
  const invalid = { $ref: "#/components/responses/ValidationFailed" };
  const stale = { description: "the version sent is not the stored one; nothing was stored", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  const tags = [DEFINITIONS_RESOURCE];
  return {
    [`/${DEFINITIONS_RESOURCE}`]: {
      get: { tags, operationId: "listResourceDefinitions", summary: "Every resource the administrators defined", responses: { 200: { description: "the definitions", content: { "application/json": { schema: { type: "array", items: ref } } } }, ...DENIED } },
      post: { tags, operationId: "createResourceDefinition", summary: "Define a new resource", requestBody: body, responses: { 201: ok("created"), ...DENIED, 422: invalid } },
    },
    [`/${DEFINITIONS_RESOURCE}/{id}`]: {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      get: { tags, operationId: "getResourceDefinition", summary: "One definition", responses: { 200: ok("the definition"), ...DENIED, 404: { $ref: "#/components/responses/NotFound" } } },
      patch: {
        tags,
        operationId: "updateResourceDefinition",
        summary: "Change a definition (refused when stored records would fail it)",
        requestBody: body,
        responses: { 200: ok("updated"), ...DENIED, 404: { $ref: "#/components/responses/NotFound" }, 409: stale, 422: invalid },
      },
      delete: {
        tags,
        operationId: "deleteResourceDefinition",
        summary: "Remove a defined resource from the menu; its records stay in the store",
        parameters: [{ name: "confirm", in: "query", schema: { type: "string" }, description: "the identifier, typed; required when the resource has records" }],
        responses: { 200: { description: "deleted" }, ...DENIED, 404: { $ref: "#/components/responses/NotFound" }, 422: invalid },
      },
    },
  };
}
