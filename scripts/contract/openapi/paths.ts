import { BULK_MAX } from "../../../src/data/createMany";
import type { EffectiveResource } from "../../../src/schema/types";
import type { JsonSchema } from "./fieldSchema";
import { listParameters } from "./parameters";
import { isVersioned } from "./resourceSchemas";

export const schemaName = (resource: string) => resource.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const answer = (description: string, schema?: JsonSchema, extra: JsonSchema = {}) => ({
  description,
  ...(schema ? { content: json(schema) } : {}),
  ...extra,
});
const ID_PARAM = { name: "id", in: "path", required: true, schema: { type: ["integer", "string"] } };
const NOT_FOUND = { $ref: "#/components/responses/NotFound" };
const INVALID = { $ref: "#/components/responses/ValidationFailed" };
/** Every resource operation needs a signed-in user (401) whose role allows it (403). */
export const DENIED = { 401: { $ref: "#/components/responses/Unauthorized" }, 403: { $ref: "#/components/responses/Forbidden" } };

const DUPLICATE = answer("a record with this id exists already; nothing was stored", {
  type: "object",
  required: ["message"],
  properties: { message: { const: "party.errors.duplicateId" }, current: { type: "object" } },
});
const REFERENCED = answer("other records refer to this one; nothing was deleted", {
  type: "object",
  required: ["message", "referencedBy"],
  properties: {
    message: { const: "party.errors.referenced" },
    referencedBy: {
      type: "array",
      items: { type: "object", required: ["resource", "count"], properties: { resource: { type: "string" }, count: { type: "integer", minimum: 1 } } },
    },
  },
});

/** `/<name>` and `/<name>/{id}` for one resource, in json-server conventions. */
export function resourcePaths(resource: EffectiveResource): Record<string, JsonSchema> {
  const name = schemaName(resource.name);
  const tags = [resource.name];
  const conflict = answer("the version sent is stale; nothing was stored", {
    type: "object",
    required: ["message", "current"],
    properties: { message: { const: "party.errors.conflict" }, current: ref(name) },
  });
  const collection: JsonSchema = {
    get: {
      tags,
      operationId: `list${name}`,
      summary: resource.compute
        ? `List ${resource.name}: rows the backend computes from other records on every read (paged, sorted, filtered)`
        : `List ${resource.name} (paged, sorted, filtered, searched), or several by id`,
      parameters: listParameters(resource),
      responses: {
        200: answer("the page", { type: "array", items: ref(name) }, { headers: { "X-Total-Count": { $ref: "#/components/headers/XTotalCount" } } }),
        ...DENIED,
      },
    },
    // A computed report (e.g. the consortium overview) is read only: the backend refuses writes (405).
    post: resource.compute ? undefined : {
      tags,
      operationId: `create${name}`,
      summary: `Create one of ${resource.name}`,
      requestBody: { required: true, content: json(ref(`${name}Create`)) },
      responses: { 201: answer(isVersioned(resource) ? "created, with version 1" : "created", ref(name)), ...DENIED, 409: DUPLICATE, 422: INVALID },
    },
  };
  const item: JsonSchema = {
    parameters: [ID_PARAM],
    get: { tags, operationId: `get${name}`, summary: `Read one of ${resource.name}`, responses: { 200: answer("the record", ref(name)), ...DENIED, 404: NOT_FOUND } },
  };
  if (!resource.readOnly) {
    item.patch = {
      tags,
      operationId: `update${name}`,
      summary: `Change one of ${resource.name} (the fields sent${isVersioned(resource) ? ", based on the version sent" : ""})`,
      requestBody: { required: true, content: json(ref(`${name}Update`)) },
      responses: {
        200: answer("updated, with version + 1", ref(name)),
        ...DENIED,
        404: NOT_FOUND,
        ...(isVersioned(resource) ? { 409: conflict } : {}),
        422: INVALID,
      },
    };
    item.delete = {
      tags,
      operationId: `delete${name}`,
      summary: `Delete one of ${resource.name}, unless other records refer to it`,
      responses: { 200: answer("deleted"), ...DENIED, 404: NOT_FOUND, 409: REFERENCED },
    };
  }
  // A read-only resource (the audit trail) is written one entry at a time, each stamped by the server.
  const bulk = resource.readOnly ? {} : { [`/${resource.name}/_bulk`]: bulkPath(resource, name, tags) };
  return { [`/${resource.name}`]: collection, ...bulk, [`/${resource.name}/{id}`]: item };
}

/** `POST /<name>/_bulk`: many creates in one request, one answer per row (docs/backend-contract.md). */
function bulkPath(resource: EffectiveResource, name: string, tags: string[]): JsonSchema {
  const failure = { $ref: "#/components/schemas/BulkRowFailure" };
  const created = {
    type: "object",
    required: ["status", "record"],
    properties: { status: { const: 201 }, record: ref(name) },
  };
  return {
    post: {
      tags,
      operationId: `createMany${name}`,
      summary: `Create several ${resource.name}: each row is judged like a single create and stored whole or not at all`,
      requestBody: { required: true, content: json({ type: "array", maxItems: BULK_MAX, items: ref(`${name}Create`) }) },
      responses: {
        200: answer("one item per row sent, in order", { type: "array", items: { oneOf: [created, failure] } }),
        400: answer("the body is not an array", ref("Error")),
        ...DENIED,
        404: NOT_FOUND,
        413: answer(`more than ${BULK_MAX} rows; nothing was stored`, ref("Error")),
      },
    },
  };
}
