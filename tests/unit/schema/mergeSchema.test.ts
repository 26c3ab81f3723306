// mergeSchema: built-in ← host override (code) ← runtime settings (administrators); later layers win.
import { describe, expect, it } from "vitest";
import { branches } from "../../../src/resources/branches/schema";
import { members } from "../../../src/resources/members/schema";
import { fieldsFor, inputFields, resolveOrder } from "../../../src/schema/defineResource";
import { builtInResources } from "../../../src/resources";
import { definitionToResource, fieldFromSpec, titleLookup } from "../../../src/schema/definitions";
import { maskValue } from "../../../src/domain/mask";
import { maskField } from "../../../src/schema/maskField";
import { relationIdsByTarget } from "../../../src/views/list/relationIds";
import { mergeSchema } from "../../../src/schema/mergeSchema";
import type { ResourceOverride, ResourceSettings } from "../../../src/schema/settingsTypes";

const snapshot = (value: unknown) => JSON.stringify(value);

describe("mergeSchema", () => {
  it("with no override and no settings gives the built-in fields in declaration order", () => {
    const effective = mergeSchema(members);
    expect(effective.fields).toEqual(members.fields);
    expect(effective.order).toEqual(Object.keys(members.fields));
    expect(effective.name).toBe("members");
    expect(effective.titleField).toBe(members.titleField);
  });

  it("host override: patches a built-in field, adds a host field, hides and reorders", () => {
    const override: ResourceOverride = {
      fields: {
        name: { maxLength: 20, label: { "zh-CN": "党员姓名", "en-US": "Member name" } },
        badgeNo: { kind: "text", label: { "zh-CN": "党徽编号", "en-US": "Badge no." } },
      },
      hide: ["ethnicity", "birthDate"],
      order: ["badgeNo", "stage"],
    };
    const effective = mergeSchema(members, override);
    expect(effective.fields.name).toMatchObject({ kind: "text", required: true, maxLength: 20, label: { "zh-CN": "党员姓名" } });
    expect(effective.fields.badgeNo).toMatchObject({ kind: "text", label: { "en-US": "Badge no." } });
    expect(effective.fields.ethnicity.views).toEqual([]);
    // a hidden required field stops being required, or no one could save
    expect(effective.fields.birthDate).toMatchObject({ views: [], required: false });
    expect(effective.order.slice(0, 2)).toEqual(["badgeNo", "stage"]);
    expect(new Set(effective.order)).toEqual(new Set([...Object.keys(members.fields), "badgeNo"]));
    expect(fieldsFor(effective, "create")).not.toContain("ethnicity");
    expect(inputFields(effective, "create")).toContain("badgeNo");
  });

  it("runtime labels win over host labels, language by language", () => {
    const effective = mergeSchema(
      members,
      { fields: { name: { label: { "zh-CN": "姓名（主机）", "en-US": "Host name" } } } },
      { id: "members", labels: { name: { "zh-CN": "姓名（管理员）" } } },
    );
    expect(effective.fields.name.label).toEqual({ "zh-CN": "姓名（管理员）", "en-US": "Host name" });
  });

  it("runtime order wins over the host order; unknown names in an order are ignored", () => {
    const effective = mergeSchema(
      members,
      { order: ["stage", "name"] },
      { id: "members", order: ["phone", "ghost", "gender"] },
    );
    expect(effective.order.slice(0, 2)).toEqual(["phone", "gender"]);
    expect(effective.order).not.toContain("ghost");
    expect(effective.order).toHaveLength(Object.keys(members.fields).length);
    // an empty runtime order falls back to the host order
    expect(mergeSchema(members, { order: ["stage"] }, { id: "members", order: [] }).order[0]).toBe("stage");
  });

  it("runtime settings can hide a field the host made visible and require one the host left optional", () => {
    const effective = mergeSchema(
      members,
      { fields: { phone: { views: ["list", "create", "edit", "show"] } } },
      { id: "members", hidden: ["phone"], required: ["department"] },
    );
    expect(effective.fields.phone).toMatchObject({ views: [], required: false });
    expect(effective.fields.department.required).toBe(true);
  });

  it("hidden beats required when both name the same field", () => {
    const effective = mergeSchema(members, undefined, { id: "members", hidden: ["department"], required: ["department"] });
    expect(effective.fields.department).toMatchObject({ views: [], required: false });
  });

  it("adds runtime custom fields (appended in order, flagged custom, enum options with labels)", () => {
    const settings: ResourceSettings = {
      id: "branches",
      customFields: [
        { key: "budget", kind: "number", label: { "zh-CN": "预算", "en-US": "Budget" } },
        {
          key: "level",
          kind: "enum",
          required: true,
          label: { "zh-CN": "等级", "en-US": "Level" },
          options: [
            { value: "a", label: { "zh-CN": "甲", "en-US": "A" } },
            { value: "b", label: { "zh-CN": "乙", "en-US": "B" } },
          ],
        },
        { key: "note", kind: "text", label: { "zh-CN": "备注", "en-US": "Note" } },
      ],
    };
    const effective = mergeSchema(branches, undefined, settings);
    expect(effective.order.slice(-3)).toEqual(["budget", "level", "note"]);
    expect(effective.fields.budget).toMatchObject({ kind: "number", custom: true, label: { "en-US": "Budget" } });
    expect(effective.fields.level).toMatchObject({
      kind: "enum",
      required: true,
      values: ["a", "b"],
      optionLabels: { a: { "zh-CN": "甲", "en-US": "A" } },
      filter: true,
    });
    expect(effective.fields.note.maxLength).toBe(200);
    expect(inputFields(effective, "create")).toEqual(expect.arrayContaining(["budget", "level", "note"]));
  });

  it("a relation custom field is a relation like a built-in one: target, label field from the target's title, filter", () => {
    const schemas = Object.fromEntries(builtInResources.map((r) => [r.name, r]));
    const spec = { key: "pairBranch", kind: "relation" as const, target: "branches", filter: true, label: { "zh-CN": "结对支部", "en-US": "Paired branch" } };
    const effective = mergeSchema(members, undefined, { id: "members", customFields: [spec] }, titleLookup(schemas, []));
    expect(effective.fields.pairBranch).toMatchObject({ kind: "relation", target: "branches", labelField: branches.titleField, filter: true, custom: true });
    // The same conversion as a defined resource's field, not a second one.
    expect(effective.fields.pairBranch).toEqual(fieldFromSpec({ ...spec, sort: false }, titleLookup(schemas, [])));
    expect(definitionToResource({ id: "probe", label: spec.label, group: "registers", icon: "FlagOutlined", titleField: "pairBranch", fields: [{ ...spec, sort: false }] }, titleLookup(schemas, [])).fields.pairBranch).toEqual(effective.fields.pairBranch);
    // Its ids join the built-in branch relation's in one batch per target (the list's relation query).
    const rows = [{ id: 1, branchId: 3, pairBranch: 5 }, { id: 2, branchId: 5, pairBranch: 7 }];
    expect(relationIdsByTarget(effective, ["branchId", "pairBranch"], rows)).toEqual({ branches: [3, 5, 7] });
  });

  it("a sensitive custom text keeps its pattern and bounds and is masked like any sensitive field", () => {
    const effective = mergeSchema(members, undefined, {
      id: "members",
      customFields: [{ key: "badgeNo", kind: "text", sensitive: true, pattern: "^DJ\\d{6}$", minLength: 8, maxLength: 8, label: { "zh-CN": "党徽编号", "en-US": "Badge number" } }],
    });
    expect(effective.fields.badgeNo).toMatchObject({ kind: "text", sensitive: true, pattern: "^DJ\\d{6}$", minLength: 8, maxLength: 8 });
    expect(maskField(effective.fields.badgeNo, "DJ123456")).toBe(maskValue("other", "DJ123456"));
    expect(maskValue("other", "DJ123456")).not.toBe("DJ123456");
  });

  it("stored custom fields of the five first kinds keep the filter and sort they had, unless they set their own", () => {
    const label = { "zh-CN": "x", "en-US": "x" };
    const effective = mergeSchema(branches, undefined, {
      id: "branches",
      customFields: [
        { key: "flag", kind: "boolean", label },
        { key: "day", kind: "date", label },
        { key: "memo", kind: "text", label },
        { key: "picked", kind: "enum", label, options: [{ value: "a", label }], filter: false },
      ],
    });
    expect(["flag", "day", "memo", "picked"].map((k) => [effective.fields[k].filter, effective.fields[k].sort])).toEqual([
      [true, false],
      [true, true],
      [false, true],
      [false, true],
    ]);
  });

  it("a custom field never replaces a built-in field of the same key", () => {
    const effective = mergeSchema(branches, undefined, {
      id: "branches",
      customFields: [{ key: "name", kind: "number", label: { "zh-CN": "x", "en-US": "x" } }],
    });
    expect(effective.fields.name).toEqual(branches.fields.name);
  });

  it("runtime settings may order, require and hide custom fields", () => {
    const effective = mergeSchema(branches, undefined, {
      id: "branches",
      customFields: [{ key: "budget", kind: "number", label: { "zh-CN": "预算", "en-US": "Budget" } }],
      order: ["budget"],
      required: ["budget"],
    });
    expect(effective.order[0]).toBe("budget");
    expect(effective.fields.budget.required).toBe(true);
  });

  it("extra options extend a built-in enum once, keep i18n for old values and labels for new ones", () => {
    const effective = mergeSchema(branches, undefined, {
      id: "branches",
      extraOptions: {
        type: [
          { value: "research", label: { "zh-CN": "科研", "en-US": "Research" } },
          { value: "clinical", label: { "zh-CN": "重复", "en-US": "Dup" } },
        ],
      },
    });
    expect(effective.fields.type.values).toEqual([...(branches.fields.type.values ?? []), "research"]);
    expect(effective.fields.type.optionLabels).toEqual({ research: { "zh-CN": "科研", "en-US": "Research" } });
  });

  it("ignores settings that name fields it does not have", () => {
    const effective = mergeSchema(branches, undefined, {
      id: "branches",
      hidden: ["ghost"],
      required: ["ghost"],
      labels: { ghost: { "zh-CN": "鬼" } },
      extraOptions: { name: [{ value: "x", label: { "zh-CN": "x", "en-US": "x" } }] },
    });
    expect(effective.fields.ghost).toBeUndefined();
    expect(effective.fields.name).toEqual(branches.fields.name);
  });

  it("does not mutate the built-in definition, the override or the settings", () => {
    const override: ResourceOverride = { fields: { name: { maxLength: 10 } }, hide: ["phone"], order: ["stage"] };
    const settings: ResourceSettings = {
      id: "members",
      customFields: [{ key: "badge", kind: "text", label: { "zh-CN": "党徽", "en-US": "Badge" } }],
      labels: { name: { "zh-CN": "姓名" } },
      hidden: ["ethnicity"],
      required: ["department"],
      order: ["badge"],
      extraOptions: { stage: [{ value: "observer", label: { "zh-CN": "观察", "en-US": "Observer" } }] },
    };
    const before = [snapshot(members), snapshot(override), snapshot(settings)];
    const effective = mergeSchema(members, override, settings);
    expect([snapshot(members), snapshot(override), snapshot(settings)]).toEqual(before);
    expect(effective.fields).not.toBe(members.fields);
    // and the merge is repeatable
    expect(snapshot(mergeSchema(members, override, settings))).toBe(snapshot(effective));
  });

  it("resolveOrder: listed names first, then the rest in declaration order, no duplicates", () => {
    const fields = { a: { kind: "text" as const }, b: { kind: "text" as const }, c: { kind: "text" as const } };
    expect(resolveOrder(fields, ["c", "x", "c"])).toEqual(["c", "a", "b"]);
    expect(resolveOrder(fields)).toEqual(["a", "b", "c"]);
  });
});
