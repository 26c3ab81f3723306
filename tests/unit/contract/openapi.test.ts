// docs/openapi.json: generated from the effective built-in schemas, committed, and kept fresh.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPENAPI_FILE, currentOpenApiText } from "../../../scripts/contract/openapi";
import { buildOpenApi } from "../../../scripts/contract/openapi/buildOpenApi";
import { branches } from "../../../src/resources/branches/schema";
import { members } from "../../../src/resources/members/schema";
import { defineResource } from "../../../src/schema/defineResource";

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; schema: Record<string, unknown> }[]; responses: Record<string, Record<string, unknown>> }>>;
  components: { schemas: Record<string, { required?: string[]; properties: Record<string, Record<string, unknown>> }> };
};
const doc = JSON.parse(currentOpenApiText()) as Doc;
const params = (path: string) => Object.fromEntries((doc.paths[path].get.parameters ?? []).map((p) => [p.name, p.schema]));

describe("docs/openapi.json", () => {
  it("is fresh: regenerating it in memory gives the committed file (run `npm run contract:openapi` after a schema change)", () => {
    expect(readFileSync(OPENAPI_FILE, "utf8")).toBe(currentOpenApiText());
  });

  it("is OpenAPI 3.1 with list, item and settings paths for every built-in resource", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const name of ["members", "branches", "pairings", "pairing-activities", "pairing-tasks", "pairing-trainings", "commitments"]) {
      expect(Object.keys(doc.paths[`/${name}`])).toEqual(["get", "post"]);
      expect(Object.keys(doc.paths[`/${name}/{id}`])).toEqual(expect.arrayContaining(["get", "patch", "delete"]));
    }
    expect(doc.paths["/resource-settings/{id}"].patch).toBeDefined();
  });

  it("lists take _start/_end/_sort/_order/q, batched ids, per-field filters and date ranges, and answer X-Total-Count", () => {
    const p = params("/commitments");
    expect(Object.keys(p)).toEqual(expect.arrayContaining(["_start", "_end", "_sort", "_order", "q", "id", "branchId", "category", "deadline_gte", "deadline_lte", "status"]));
    expect(p.deadline).toBeUndefined();
    expect(p.category).toEqual({ type: "array", items: { type: "string", enum: ["efficiency", "quality", "convenience", "communication", "other"] } });
    expect(new RegExp(p._sort.pattern as string).test("urgency,deadline")).toBe(true);
    expect(new RegExp(p._sort.pattern as string).test("content")).toBe(false);
    expect(doc.paths["/commitments"].get.responses["200"].headers).toEqual({ "X-Total-Count": { $ref: "#/components/headers/XTotalCount" } });
  });

  it("bodies carry each field's kind as JSON Schema: enums, formats, bounds, lengths, patterns, required", () => {
    const create = doc.components.schemas.MembersCreate;
    expect(create.required).toEqual(["name", "gender", "birthDate", "idNumber", "branchId", "stage", "partyStatus"]);
    const name = members.fields.name;
    expect(create.properties.name).toEqual({ type: "string", maxLength: name.maxLength, ...(name.pattern ? { pattern: `^(?:${name.pattern})$` } : {}) });
    expect(create.properties.birthDate).toEqual({ type: "string", format: "date" });
    expect(create.properties.probationExtensionMonths).toEqual({ type: ["number", "null"], minimum: 0, maximum: 12 });
    expect(create.properties.phone).toMatchObject({ type: ["string", "null"], pattern: "^1[3-9]\\d{9}$", "x-sensitive": true });
    expect(new RegExp(create.properties.idNumber.pattern as string).test("11010519900307001X")).toBe(true);
    expect(create.properties.education.enum).toEqual(["doctorate", "master", "bachelor", "college", "secondary", null]);
    expect(create.properties.branchId).toMatchObject({ "x-relation": "branches" });
    expect(create.properties.version).toBeUndefined();
    expect(doc.components.schemas.BranchesCreate.properties.committee).toMatchObject({ type: ["array", "null"], maxItems: 7 });
  });

  it("updates must send the version; a stale one is answered 409 with the current record, bad input 422", () => {
    expect(doc.components.schemas.MembersUpdate.required).toEqual(["version"]);
    const patch = doc.paths["/members/{id}"].patch.responses;
    expect(patch["409"]).toMatchObject({ content: { "application/json": { schema: { properties: { current: { $ref: "#/components/schemas/Members" } } } } } });
    expect(patch["422"]).toEqual({ $ref: "#/components/responses/ValidationFailed" });
    expect(Object.keys(doc.components.schemas.ValidationError.properties)).toEqual(["message", "errors", "details"]);
  });

  it("records show the derived read-only fields and the version as read-only", () => {
    const branch = doc.components.schemas.Branches.properties;
    expect(branch.fullMemberCount).toMatchObject({ readOnly: true, "x-derived": true });
    expect(branch.probationaryMemberCount).toMatchObject({ readOnly: true, "x-derived": true });
    expect(doc.components.schemas.Commitments.properties.urgency).toMatchObject({ readOnly: true, "x-derived": true });
    expect(branch.version).toMatchObject({ type: "integer", readOnly: true });
    expect(doc.components.schemas.BranchesCreate.properties.fullMemberCount).toBeUndefined();
  });

  it("follows the schemas: a new filterable date field and a tighter bound show up", () => {
    const changed = defineResource({
      ...members,
      fields: { ...members.fields, name: { ...members.fields.name, maxLength: 12 }, retiredOn: { kind: "date", filter: true } },
    });
    const regenerated = buildOpenApi("0.0.0", [changed, branches]) as unknown as Doc;
    expect(regenerated.components.schemas.MembersCreate.properties.name.maxLength).toBe(12);
    const names = (regenerated.paths["/members"].get.parameters ?? []).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["retiredOn_gte", "retiredOn_lte"]));
  });
});
