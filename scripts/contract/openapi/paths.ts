import { BULK_MAX } from "../../../src/data/createMany";
import { BODY_MAX_BYTES, PAGE_MAX } from "../../../src/data/limits";
import type { EffectiveResource } from "../../../src/schema/types";
import { accounts } from "../../../src/resources/accounts/schema";
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
const REFERENCED_BODY: JsonSchema = {
  type: "object",
  required: ["message", "referencedBy"],
  properties: {
    message: { const: "party.errors.referenced" },
    referencedBy: {
      type: "array",
      items: { type: "object", required: ["resource", "count"], properties: { resource: { type: "string" }, count: { type: "integer", minimum: 1 } } },
    },
  },
};
const REFERENCED = answer("other records refer to this one; nothing was deleted", REFERENCED_BODY);
/** An account's delete is refused too when it is the last one that can administer (src/domain/accounts.ts). */
const ACCOUNT_KEPT = answer("other records refer to this account, or it is the only administrator left; nothing was deleted", {
  oneOf: [REFERENCED_BODY, { type: "object", required: ["message"], properties: { message: { const: "party.errors.lastAdministrator" } } }],
});
const PAGE_TOO_LARGE = answer(`a page larger than ${PAGE_MAX} records (or bad paging parameters): \`{ message: "party.errors.pageTooLarge", max: ${PAGE_MAX} }\``, { $ref: "#/components/schemas/Error" });
const BODY_TOO_LARGE = answer(`a body over ${BODY_MAX_BYTES} bytes: \`{ message: "party.errors.bodyTooLarge", maxBytes: ${BODY_MAX_BYTES} }\`; nothing was stored`, { $ref: "#/components/schemas/Error" });
const APPEND_ONLY_NOTE =
  'The audit trail is written by the backend alone (append-only): POST, PUT, PATCH and DELETE on it are answered 405 (`{ message: "party.errors.methodNotAllowed" }`), and nothing is stored.';
const REVEAL_PARAM = { name: "reveal", in: "query", required: false, description: "a sensitive field to send whole (when the caller may see it); the backend records the reveal in the audit trail", schema: { type: "string" } };

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
        200: answer(`the page (at most ${PAGE_MAX} records)`, { type: "array", maxItems: PAGE_MAX, items: ref(name) }, { headers: { "X-Total-Count": { $ref: "#/components/headers/XTotalCount" } } }),
        400: PAGE_TOO_LARGE,
        ...DENIED,
      },
    },
    // A computed report (e.g. the consortium overview) is read only: the backend refuses writes (405),
    // and so does the audit trail, which only the backend writes. A refused method has no operation
    // here (an operation promises a 2xx answer); the GETs' descriptions say so.
    post:
      resource.compute || resource.readOnly
        ? undefined
        : {
            tags,
            operationId: `create${name}`,
            summary: `Create one of ${resource.name}`,
            requestBody: { required: true, content: json(ref(`${name}Create`)) },
            responses: { 201: answer(isVersioned(resource) ? "created, with version 1" : "created", ref(name)), ...DENIED, 409: DUPLICATE, 413: BODY_TOO_LARGE, 422: INVALID },
          },
  };
  const sensitive = Object.values(resource.fields).some((f) => f.sensitive);
  const item: JsonSchema = {
    parameters: [ID_PARAM],
    get: {
      tags,
      operationId: `get${name}`,
      summary: `Read one of ${resource.name}`,
      ...(sensitive ? { parameters: [REVEAL_PARAM] } : {}),
      responses: { 200: answer(sensitive ? "the record, sensitive values masked except the one asked for with `reveal`" : "the record", ref(name)), ...DENIED, 404: NOT_FOUND },
    },
  };
  // The audit trail only the backend writes: every write method is answered 405.
  if (resource.readOnly && !resource.compute) {
    for (const get of [collection.get, item.get] as JsonSchema[]) get.description = APPEND_ONLY_NOTE;
  }
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
        413: BODY_TOO_LARGE,
        422: INVALID,
      },
    };
    item.delete = {
      tags,
      operationId: `delete${name}`,
      summary: `Delete one of ${resource.name}, unless other records refer to it`,
      responses: { 200: answer("deleted"), ...DENIED, 404: NOT_FOUND, 409: resource.name === accounts.name ? ACCOUNT_KEPT : REFERENCED },
    };
  }
  // A read-only resource (the audit trail) is written by the backend alone; its chain has a check.
  const extra = resource.compute ? {} : resource.readOnly ? { [`/${resource.name}/_verify`]: verifyPath(tags) } : { [`/${resource.name}/_bulk`]: bulkPath(resource, name, tags) };
  return { [`/${resource.name}`]: collection, ...extra, [`/${resource.name}/{id}`]: item };
}

/** `GET /audit-logs/_verify`: the hash chain's check (docs/backend-contract.md). */
function verifyPath(tags: string[]): JsonSchema {
  const broken = {
    type: "object",
    required: ["index", "id", "reason"],
    properties: { index: { type: "integer", minimum: 0 }, id: { type: ["integer", "string"] }, reason: { enum: ["hash", "link"] } },
  };
  return {
    get: {
      tags,
      operationId: "verifyAuditLogs",
      summary: "Checks that every entry holds the hash of the one before and its own hash over its content",
      responses: {
        200: answer("the verdict", { type: "object", required: ["ok", "entries"], properties: { ok: { type: "boolean" }, entries: { type: "integer", minimum: 0 }, firstBroken: broken } }),
        ...DENIED,
      },
    },
  };
}

/** The administrator's whole-store export and its restore on an empty instance (both audited). */
export function systemPaths(): Record<string, JsonSchema> {
  const tags = ["system"];
  const store = { type: "object", additionalProperties: { type: "array", items: { type: "object" } } };
  return {
    "/_system/export": {
      get: { tags, operationId: "exportAll", summary: "Every collection as one JSON document (administrators)", responses: { 200: answer("the export, as an attachment", store), ...DENIED } },
    },
    "/_system/restore": {
      post: {
        tags,
        operationId: "restoreAll",
        summary: "Puts an export back on an instance that holds nothing but its accounts (administrators)",
        requestBody: { required: true, content: json(store) },
        responses: {
          200: answer("restored", { type: "object", properties: { restored: { type: "integer" }, entries: { type: "integer" } } }),
          ...DENIED,
          409: answer("the instance is not empty", ref("Error")),
          422: answer("not a complete export, or its audit trail's chain is broken", ref("Error")),
        },
      },
    },
  };
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
        413: answer(`more than ${BULK_MAX} rows, or a body over ${BODY_MAX_BYTES} bytes; nothing was stored`, ref("Error")),
      },
    },
  };
}
