// The built-in declarations are consistent: every screen derived from them can actually be used.
import { describe, expect, it } from "vitest";
import { builtInResources } from "../../../src/resources";
import { defineResource, fieldsFor, inputFields, refersToRecords } from "../../../src/schema/defineResource";
import { mergeSchema } from "../../../src/schema/mergeSchema";
import { FIELD_KINDS, VIEWS } from "../../../src/schema/types";
import { validateField } from "../../../src/schema/validateField";

const byName = Object.fromEntries(builtInResources.map((def) => [def.name, def]));
const cases = builtInResources.map((def) => [def.name, def] as const);

describe("built-in resource declarations", () => {
  it("have unique names that are safe REST path segments", () => {
    const names = builtInResources.map((def) => def.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z-]*$/);
  });

  it.each(cases)("%s: only known kinds and views", (_name, def) => {
    for (const [field, spec] of Object.entries(def.fields)) {
      expect([field, FIELD_KINDS.includes(spec.kind)]).toEqual([field, true]);
      for (const view of spec.views ?? []) expect([field, VIEWS.includes(view)]).toEqual([field, true]);
    }
  });

  it.each(cases)("%s: every required input can be filled in the create form (or has a default)", (_name, def) => {
    const effective = mergeSchema(def);
    const creatable = new Set(inputFields(effective, "create"));
    const stuck = Object.entries(def.fields)
      .filter(([field, spec]) => spec.required && !spec.readOnly && spec.default === undefined && !creatable.has(field))
      .map(([field]) => field);
    expect(stuck).toEqual([]);
  });

  it.each(cases)("%s: declared defaults pass their own field check", (_name, def) => {
    const bad = Object.entries(def.fields)
      .filter(([, spec]) => spec.default !== undefined)
      .filter(([field, spec]) => validateField(field, spec, spec.default) !== undefined)
      .map(([field]) => field);
    expect(bad).toEqual([]);
  });

  it.each(cases)("%s: relations point at built-in resources and at a field those have", (_name, def) => {
    for (const [field, spec] of Object.entries(def.fields)) {
      if (!refersToRecords(spec)) continue;
      const target = byName[spec.target!];
      expect([field, spec.target, !!target]).toEqual([field, spec.target, true]);
      const label = spec.labelField ?? target.titleField;
      expect([field, label, label in target.fields]).toEqual([field, label, true]);
    }
  });

  it.each(cases)("%s: title field, order and default sort name declared fields", (_name, def) => {
    expect(def.fields[def.titleField]).toBeDefined();
    for (const field of def.order ?? []) expect([field, field in def.fields]).toEqual([field, true]);
    const sorts: readonly { field: string }[] = def.defaultSort ?? [];
    for (const { field } of sorts) expect([field, field === "id" || field in def.fields]).toEqual([field, true]);
  });

  it.each(cases)("%s: the list shows at least the title field; a version is never typed", (_name, def) => {
    const effective = mergeSchema(def);
    expect(fieldsFor(effective, "list")).toContain(def.titleField);
    if (def.fields.version) {
      expect(def.fields.version.readOnly).toBe(true);
      expect(inputFields(effective, "create")).not.toContain("version");
      expect(inputFields(effective, "edit")).not.toContain("version");
    }
  });

  it.each(cases)("%s: choice fields have distinct values", (_name, def) => {
    for (const [field, spec] of Object.entries(def.fields)) {
      if (!spec.values) continue;
      expect([field, new Set(spec.values).size]).toEqual([field, spec.values.length]);
    }
  });
});

describe("defineResource", () => {
  it("refuses an enum without values, a relation without a target and an unknown title field", () => {
    expect(() => defineResource({ name: "x", group: "g", titleField: "a", fields: { a: { kind: "enum" } } })).toThrow(/enum/);
    expect(() => defineResource({ name: "x", group: "g", titleField: "a", fields: { a: { kind: "relation" } } })).toThrow(/target/);
    expect(() => defineResource({ name: "x", group: "g", titleField: "b", fields: { a: { kind: "text" } } })).toThrow(/titleField/);
  });
});
