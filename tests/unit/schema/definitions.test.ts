import { describe, expect, it } from "vitest";
import { builtInResources } from "../../../src/resources";
import { MENU_GROUPS } from "../../../src/resources/manifest";
import { definitionToResource, TEMPLATES, titleLookup, validateDefinition, type DefinitionContext } from "../../../src/schema/definitions";
import { mergeSchema } from "../../../src/schema/mergeSchema";
import { validateRecord } from "../../../src/schema/validateRecord";
import { definitionCorpus, spoiled, volunteerTemplate } from "../../support/definitionCorpus";

const context = (extra: Partial<DefinitionContext> = {}): DefinitionContext => ({
  builtIns: builtInResources.map((r) => r.name),
  groups: MENU_GROUPS.map((g) => g.name),
  definitions: [],
  isNew: true,
  ...extra,
});

describe("validateDefinition", () => {
  it("accepts every template as it comes", () => {
    for (const template of TEMPLATES) expect(validateDefinition(template, context()), template.id).toEqual([]);
  });

  for (const c of definitionCorpus.definitions) {
    it(`refuses ${c.description}`, () => {
      const errors = validateDefinition(spoiled(c), context());
      expect(errors).toContainEqual(expect.objectContaining({ field: c.expect.field, key: c.expect.key }));
    });
  }

  it("refuses an identifier another definition has, but not the definition's own on an edit", () => {
    const other = volunteerTemplate();
    expect(validateDefinition(volunteerTemplate(), context({ definitions: [other] }))).toContainEqual(expect.objectContaining({ field: "id", key: "party.lowcode.errors.taken" }));
    expect(validateDefinition(volunteerTemplate(), context({ definitions: [other], isNew: false }))).toEqual([]);
  });

  it("accepts a relation to another defined resource and refuses one to a definition that does not exist", () => {
    const def = volunteerTemplate();
    def.fields.push({ key: "postId", kind: "relation", target: "pioneer-posts", label: { "zh-CN": "先锋岗", "en-US": "Post" } });
    expect(validateDefinition(def, context())).toContainEqual(expect.objectContaining({ field: "fields.7.target" }));
    expect(validateDefinition(def, context({ definitions: [TEMPLATES.find((t) => t.id === "pioneer-posts")!] }))).toEqual([]);
  });

  it("asks a new menu group for labels in both languages", () => {
    const def = { ...volunteerTemplate(), groupLabel: { "zh-CN": "工作台账" } };
    expect(validateDefinition(def, context())).toContainEqual(expect.objectContaining({ field: "groupLabel", key: "party.lowcode.errors.groupLabel" }));
    expect(validateDefinition({ ...def, group: "organization" }, context())).toEqual([]);
  });

  it("refuses a default the field itself would refuse, and a pattern that is no regular expression", () => {
    const def = volunteerTemplate();
    def.fields[4].default = 99;
    def.fields[0].pattern = "(";
    const errors = validateDefinition(def, context());
    expect(errors).toContainEqual(expect.objectContaining({ field: "fields.4.default" }));
    expect(errors).toContainEqual(expect.objectContaining({ field: "fields.0.bounds", key: "party.lowcode.errors.pattern" }));
  });

  it("refuses row scope by branch without a relation to branches", () => {
    const def = { ...volunteerTemplate(), permissions: { roles: {}, scope: "branch" as const, branchField: "activity" } };
    expect(validateDefinition(def, context())).toContainEqual(expect.objectContaining({ field: "permissions.branchField" }));
  });
});

describe("definitionToResource", () => {
  const resource = mergeSchema(definitionToResource(volunteerTemplate(), titleLookup(Object.fromEntries(builtInResources.map((r) => [r.name, r])), [])));
  const valid = { activity: "社区义诊", memberId: 1, branchId: 2, serviceDate: "2026-11-01", hours: 3, category: "clinic" };
  const ctx = { today: "2026-11-22", mode: "create" as const };

  it("declares the fields in order, relations labelled by their target's title field", () => {
    expect(resource.order.slice(0, 7)).toEqual(["activity", "memberId", "branchId", "serviceDate", "hours", "category", "notes"]);
    expect(resource.fields.memberId).toMatchObject({ kind: "relation", target: "members", labelField: "name", required: true });
    expect(resource.fields.category.optionLabels?.clinic).toEqual({ "zh-CN": "义诊", "en-US": "Free clinic" });
    expect(validateRecord(resource, valid, ctx, { rejectUnknown: true })).toEqual({});
  });

  for (const c of definitionCorpus.records) {
    it(`judges a record: ${c.description}`, () => {
      const errors = validateRecord(resource, { ...valid, ...c.patch }, ctx, { rejectUnknown: true });
      expect(errors[c.expect.field]?.[0]?.key).toBe(c.expect.key);
    });
  }

  it("neither shows nor demands a hidden field", () => {
    const def = volunteerTemplate();
    def.fields[4] = { ...def.fields[4], hidden: true };
    const hidden = mergeSchema(definitionToResource(def));
    expect(hidden.fields.hours.views).toEqual([]);
    expect(validateRecord(hidden, { ...valid, hours: undefined }, ctx)).toEqual({});
  });
});
