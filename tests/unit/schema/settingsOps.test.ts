// settingsOps: the pure edits the settings screen composes on a draft.
import { describe, expect, it } from "vitest";
import { branches } from "../../../src/resources/branches/schema";
import { mergeSchema } from "../../../src/schema/mergeSchema";
import {
  addCustomField,
  addOption,
  moveCustomField,
  moveField,
  patchCustomField,
  relabel,
  removeCustomField,
  setHidden,
  setRequired,
} from "../../../src/schema/settingsOps";
import type { CustomFieldSpec, ResourceSettings } from "../../../src/schema/settingsTypes";
import { validateSettings } from "../../../src/schema/validateSettings";

const base: ResourceSettings = { id: "branches", version: 4 };
const NO_TARGETS = { targets: [] };
const budget: CustomFieldSpec = { key: "budget", kind: "number", label: { "zh-CN": "预算", "en-US": "Budget" } };
const level: CustomFieldSpec = {
  key: "level",
  kind: "enum",
  label: { "zh-CN": "等级", "en-US": "Level" },
  options: [{ value: "a", label: { "zh-CN": "甲", "en-US": "A" } }],
};

describe("settingsOps", () => {
  it("setHidden / setRequired add once and remove, keeping the rest of the draft", () => {
    let s = setHidden(base, "parentOrg", true);
    s = setHidden(s, "parentOrg", true);
    s = setHidden(s, "termStart", true);
    expect(s.hidden).toEqual(["parentOrg", "termStart"]);
    expect(setHidden(s, "parentOrg", false).hidden).toEqual(["termStart"]);
    expect(setHidden(base, "ghost", false).hidden).toEqual([]);
    expect(s).toMatchObject({ id: "branches", version: 4 });

    const r = setRequired(setRequired(base, "parentOrg", true), "parentOrg", true);
    expect(r.required).toEqual(["parentOrg"]);
    expect(setRequired(r, "parentOrg", false).required).toEqual([]);
  });

  it("moveField swaps with the neighbour and does nothing at the ends or for an unknown field", () => {
    const order = ["name", "type", "parentOrg"];
    expect(moveField(base, order, "type", -1).order).toEqual(["type", "name", "parentOrg"]);
    expect(moveField(base, order, "type", 1).order).toEqual(["name", "parentOrg", "type"]);
    expect(moveField(base, order, "name", -1)).toBe(base);
    expect(moveField(base, order, "parentOrg", 1)).toBe(base);
    expect(moveField(base, order, "ghost", 1)).toBe(base);
    expect(order).toEqual(["name", "type", "parentOrg"]);
  });

  it("moveField's result reorders the effective schema", () => {
    const effective = mergeSchema(branches);
    const moved = moveField(base, effective.order, "type", -1);
    expect(mergeSchema(branches, undefined, moved).order.slice(0, 2)).toEqual(["type", "name"]);
  });

  it("relabel merges per language, drops blank languages and removes an emptied label", () => {
    let s = relabel(base, "name", { "zh-CN": "支部全称" });
    s = relabel(s, "name", { "en-US": "Full name" });
    expect(s.labels).toEqual({ name: { "zh-CN": "支部全称", "en-US": "Full name" } });
    s = relabel(s, "name", { "en-US": "  " });
    expect(s.labels).toEqual({ name: { "zh-CN": "支部全称" } });
    s = relabel(s, "name", { "zh-CN": "" });
    expect(s.labels).toEqual({});
    expect(validateSettings(branches, s, NO_TARGETS)).toEqual([]);
  });

  it("addCustomField appends; removeCustomField also forgets the key in hidden, required and order", () => {
    let s = addCustomField(addCustomField(base, budget), level);
    expect(s.customFields?.map((f) => f.key)).toEqual(["budget", "level"]);
    s = { ...s, hidden: ["budget", "parentOrg"], required: ["budget"], order: ["budget", "name"] };
    const removed = removeCustomField(s, "budget");
    expect(removed.customFields?.map((f) => f.key)).toEqual(["level"]);
    expect(removed).toMatchObject({ hidden: ["parentOrg"], required: [], order: ["name"] });
    expect(validateSettings(branches, removed, NO_TARGETS)).toEqual([]);
  });

  it("patchCustomField edits one custom field; a new key carries its place in hidden, required, order and labels", () => {
    const s: ResourceSettings = {
      ...addCustomField(addCustomField(base, budget), level),
      hidden: ["budget"],
      required: ["budget", "level"],
      order: ["budget", "name"],
      labels: { budget: { "zh-CN": "经费" } },
    };
    const renamed = patchCustomField(s, 0, { key: "funds", kind: "money", min: 0 });
    expect(renamed.customFields?.[0]).toEqual({ ...budget, key: "funds", kind: "money", min: 0 });
    expect(renamed.customFields?.[1]).toBe(level);
    expect(renamed).toMatchObject({ hidden: ["funds"], required: ["funds", "level"], order: ["funds", "name"], labels: { funds: { "zh-CN": "经费" } } });
    expect(renamed.labels).not.toHaveProperty("budget");
    expect(s.labels).toEqual({ budget: { "zh-CN": "经费" } });
    expect(validateSettings(branches, renamed, NO_TARGETS)).toEqual([]);
    // Another setting leaves the lists as they were.
    expect(patchCustomField(s, 1, { required: true })).toMatchObject({ hidden: ["budget"], order: ["budget", "name"] });
  });

  it("moveCustomField swaps neighbours and leaves the ends alone", () => {
    const s = addCustomField(addCustomField(base, budget), level);
    expect(moveCustomField(s, 0, 1).customFields?.map((f) => f.key)).toEqual(["level", "budget"]);
    expect(moveCustomField(s, 0, -1)).toBe(s);
    expect(moveCustomField(s, 1, 1)).toBe(s);
  });

  it("addOption adds to a custom enum's own options, or to a built-in enum's extraOptions", () => {
    const withLevel = addCustomField(base, level);
    const b = { value: "b", label: { "zh-CN": "乙", "en-US": "B" } };
    const custom = addOption(withLevel, "level", b);
    expect(custom.customFields?.[0].options?.map((o) => o.value)).toEqual(["a", "b"]);
    expect(custom.extraOptions).toBeUndefined();

    const research = { value: "research", label: { "zh-CN": "科研", "en-US": "Research" } };
    const builtIn = addOption(addOption(base, "type", research), "type", { ...research, value: "teaching" });
    expect(builtIn.extraOptions?.type.map((o) => o.value)).toEqual(["research", "teaching"]);
    expect(mergeSchema(branches, undefined, builtIn).fields.type.values).toEqual(
      expect.arrayContaining(["clinical", "research", "teaching"]),
    );
  });

  it("never mutates the draft it was given", () => {
    const draft: ResourceSettings = {
      id: "branches",
      customFields: [level],
      hidden: ["parentOrg"],
      required: ["termEnd"],
      order: ["name", "type"],
      labels: { name: { "zh-CN": "名称" } },
      extraOptions: { type: [] },
    };
    const before = JSON.stringify(draft);
    const option = { value: "z", label: { "zh-CN": "z", "en-US": "z" } };
    setHidden(draft, "type", true);
    setRequired(draft, "termEnd", false);
    moveField(draft, draft.order!, "type", -1);
    relabel(draft, "name", { "zh-CN": "" });
    addCustomField(draft, budget);
    removeCustomField(draft, "level");
    addOption(draft, "level", option);
    addOption(draft, "type", option);
    expect(JSON.stringify(draft)).toBe(before);
  });
});
