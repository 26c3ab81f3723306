import { builtInResources } from "../../../src/resources";
import { mergeSchema } from "../../../src/schema/mergeSchema";
import type { ResourceDef } from "../../../src/schema/types";
import type { JsonSchema } from "./fieldSchema";
import { authPaths } from "./authPaths";
import { DENIED, resourcePaths, schemaName, systemPaths } from "./paths";
import { createSchema, recordSchema, updateSchema } from "./resourceSchemas";
import { settingsSchema } from "./settingsSchema";
import { definitionSchema, definitionsPaths } from "./definitionsSchema";
import { complianceSchema, compliancePaths } from "./compliancePaths";
import { beforeAfterSchema, dashboardSchema, overviewPaths } from "./overviewPaths";

const SETTINGS = "resource-settings";

const DESCRIPTION = [
  "The REST contract of refine-party-building in its default (simple-rest / json-server) dialect, generated",
  "from the built-in resource schemas by `npm run contract:openapi`. Other dialects (e.g. the `envelope` adapter)",
  "carry the same operations. Besides the per-field checks shown here, the backend applies each resource's",
  "cross-field rules and data rules and answers 422 with message keys (docs/backend-contract.md).",
].join(" ");

const fieldErrors = (item: JsonSchema) => ({ type: "object", additionalProperties: { type: "array", items: item } });

const components = (resources: readonly ResourceDef[]) => {
  const schemas: Record<string, JsonSchema> = {};
  for (const def of resources) {
    const effective = mergeSchema(def);
    const name = schemaName(def.name);
    schemas[name] = recordSchema(effective);
    if (!def.compute && !def.readOnly) schemas[`${name}Create`] = createSchema(effective);
    if (!def.readOnly) schemas[`${name}Update`] = updateSchema(effective);
  }
  schemas.ResourceSettings = settingsSchema(resources.map((def) => def.name));
  schemas.ResourceDefinition = definitionSchema;
  schemas.ValidationError = {
    type: "object",
    required: ["message", "errors"],
    properties: {
      message: { const: "party.errors.validation" },
      errors: { ...fieldErrors({ type: "string" }), description: "field → message keys (locales/*/party.json, rules.json)" },
      details: {
        ...fieldErrors({ type: "object", required: ["key"], properties: { key: { type: "string" }, params: { type: "object", additionalProperties: { type: ["string", "number"] } } } }),
        description: "field → message keys with their placeholder values",
      },
    },
  };
  schemas.BulkRowFailure = {
    type: "object",
    required: ["status", "message"],
    description: "a refused row of a bulk create: the body a single create would have failed with, plus its status",
    properties: {
      status: { enum: [400, 403, 409, 422] },
      message: { type: "string" },
      errors: { $ref: "#/components/schemas/ValidationError/properties/errors" },
      details: { $ref: "#/components/schemas/ValidationError/properties/details" },
      current: { type: "object", description: "on 409: the record that already has this id" },
    },
  };
  schemas.ComplianceReport = complianceSchema;
  schemas.DashboardFigures = dashboardSchema;
  schemas.BeforeAfterComparison = beforeAfterSchema;
  schemas.Error = { type: "object", properties: { message: { type: "string", description: "a message key, e.g. party.errors.forbidden" } } };
  return {
    schemas,
    headers: { XTotalCount: { description: "the number of records matching the query (all pages); exposed to CORS", schema: { type: "integer", minimum: 0 } } },
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", description: "the token `POST /auth/login` answers (the mock API: any demo user, password `demo123`)" },
    },
    responses: {
      Unauthorized: { description: "no valid bearer token", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      Forbidden: { description: "the signed-in user's role does not allow this", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      NotFound: { description: "no such record", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      ValidationFailed: { description: "invalid input; nothing was stored", content: { "application/json": { schema: { $ref: "#/components/schemas/ValidationError" } } } },
    },
  };
};

function settingsPaths(): Record<string, JsonSchema> {
  const ref = { $ref: "#/components/schemas/ResourceSettings" };
  const body = { required: true, content: { "application/json": { schema: ref } } };
  const ok = (description: string) => ({ description, content: { "application/json": { schema: ref } } });
  const invalid = { $ref: "#/components/responses/ValidationFailed" };
  return {
    [`/${SETTINGS}`]: {
      get: {
        tags: [SETTINGS],
        operationId: "listResourceSettings",
        summary: "The administrators' settings of every resource",
        responses: { 200: { description: "every resource's settings", content: { "application/json": { schema: { type: "array", items: ref } } } }, ...DENIED },
      },
      post: { tags: [SETTINGS], operationId: "createResourceSettings", summary: "Store the first settings of a resource", requestBody: body, responses: { 201: ok("created"), ...DENIED, 422: invalid } },
    },
    [`/${SETTINGS}/{id}`]: {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      get: { tags: [SETTINGS], operationId: "getResourceSettings", summary: "The settings of one resource", responses: { 200: ok("the settings"), ...DENIED, 404: { $ref: "#/components/responses/NotFound" } } },
      patch: { tags: [SETTINGS], operationId: "updateResourceSettings", summary: "Change the settings of one resource", requestBody: body, responses: { 200: ok("updated"), ...DENIED, 404: { $ref: "#/components/responses/NotFound" }, 422: invalid } },
    },
  };
}

/**
 * The OpenAPI 3.1 document of the effective built-in schemas (and, when given, a backend's defined
 * resources); deterministic, so it can be committed and compared.
 */
export function buildOpenApi(version: string, resources: readonly ResourceDef[] = builtInResources): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const def of resources) Object.assign(paths, resourcePaths(mergeSchema(def)));
  Object.assign(paths, settingsPaths(), definitionsPaths(), authPaths(), systemPaths(), compliancePaths(), overviewPaths());
  return {
    openapi: "3.1.0",
    info: { title: "refine-party-building backend contract", version, description: DESCRIPTION, license: { name: "MIT", identifier: "MIT" } },
    servers: [{ url: "http://127.0.0.1:4010", description: "the mock API (`npm run mock`)" }],
    // Every operation needs a bearer token but the sign-in itself.
    security: [{ bearerAuth: [] }],
    tags: [
      ...resources.map((def) => ({ name: def.name, description: `The ${def.name} records: list, read${def.readOnly ? " (written by the backend itself)" : ", create, change, delete"}` })),
      { name: SETTINGS, description: "What administrators changed per resource: added fields and options, hidden fields, order, labels" },
      { name: "resource-definitions", description: "Whole resources administrators define at runtime: fields, menu place, permissions" },
      { name: "auth", description: "Sign-in: the bearer token every other operation needs" },
      { name: "compliance", description: "Each branch's 三会一课 compliance, computed from its meetings" },
      { name: "overview", description: "The dashboard's figures and the before/after comparison of the indicators, computed from the records" },
      { name: "system", description: "The whole store: an administrator's export, and its restore on an empty instance" },
    ],
    paths,
    components: components(resources),
  };
}

/** The committed file's exact text. */
export const renderOpenApi = (document: JsonSchema) => `${JSON.stringify(document, null, 2)}\n`;
