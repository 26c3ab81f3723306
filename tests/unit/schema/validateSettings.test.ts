// validateSettings: an administrator's configuration is refused when it would break a screen.
import { describe, expect, it } from "vitest";
import { rulePermissions } from "../../../src/domain/access";
import { members } from "../../../src/resources/members/schema";
import { branches } from "../../../src/resources/branches/schema";
import type { CustomFieldSpec, ResourceSettings } from "../../../src/schema/settingsTypes";
import { validateSettings } from "../../../src/schema/validateSettings";

const label = { "zh-CN": "预算", "en-US": "Budget" };
const err = (key: string) => `party.settings.errors.${key}`;
const settings = (patch: Partial<ResourceSettings>): ResourceSettings => ({ id: "branches", ...patch });
const custom = (spec: Partial<CustomFieldSpec>): CustomFieldSpec => ({ key: "budget", kind: "number", label, ...spec });
const verdict = (s: ResourceSettings) => validateSettings(branches, s).map((e) => [e.field, e.key]);

describe("validateSettings", () => {
  it("accepts an empty configuration and a complete valid one", () => {
    expect(validateSettings(branches, settings({}))).toEqual([]);
    expect(
      validateSettings(
        branches,
        settings({
          customFields: [
            custom({}),
            custom({
              key: "level",
              kind: "enum",
              label: { "zh-CN": "等级", "en-US": "Level" },
              options: [
                { value: "a-1", label: { "zh-CN": "甲", "en-US": "A" } },
                { value: "b_2", label: { "zh-CN": "乙", "en-US": "B" } },
              ],
            }),
          ],
          hidden: ["parentOrg", "budget"],
          required: ["level"],
          order: ["level", "name"],
          labels: { name: { "zh-CN": "名称" } },
          extraOptions: { type: [{ value: "research", label: { "zh-CN": "科研", "en-US": "Research" } }] },
        }),
      ),
    ).toEqual([]);
  });

  it("refuses a custom key that duplicates a built-in field or an earlier custom field", () => {
    expect(verdict(settings({ customFields: [custom({ key: "name" })] }))).toEqual([["customFields.name", err("duplicateKey")]]);
    expect(verdict(settings({ customFields: [custom({}), custom({})] }))).toEqual([["customFields.budget", err("duplicateKey")]]);
    expect(validateSettings(branches, settings({ customFields: [custom({ key: "name" })] }))[0].params).toEqual({ name: "name" });
  });

  it("refuses invalid names: upper-case start, digits first, symbols, Chinese, too long, empty", () => {
    for (const key of ["Budget", "1budget", "bud-get", "bud get", "预算", "a".repeat(41), ""]) {
      expect([key, verdict(settings({ customFields: [custom({ key })] }))]).toEqual([key, [[`customFields.${key}`, err("invalidName")]]]);
    }
    expect(verdict(settings({ customFields: [custom({ key: "a".repeat(40) })] }))).toEqual([]);
    expect(verdict(settings({ customFields: [custom({ key: "b2bCode" })] }))).toEqual([]);
  });

  it("refuses a kind an administrator may not add", () => {
    const spec = { ...custom({}), kind: "relation" } as unknown as CustomFieldSpec;
    expect(verdict(settings({ customFields: [spec] }))).toEqual([["customFields.budget", err("invalidKind")]]);
  });

  it("refuses an enum without options", () => {
    expect(verdict(settings({ customFields: [custom({ kind: "enum" })] }))).toEqual([["customFields.budget", err("enumWithoutOptions")]]);
    expect(verdict(settings({ customFields: [custom({ kind: "enum", options: [] })] }))).toEqual([
      ["customFields.budget", err("enumWithoutOptions")],
    ]);
  });

  it("refuses duplicate and malformed option values, and options without both labels", () => {
    const opt = (value: string, l: Record<string, string> = { "zh-CN": "甲", "en-US": "A" }) => ({ value, label: l });
    expect(verdict(settings({ customFields: [custom({ kind: "enum", options: [opt("a"), opt("a")] })] }))).toEqual([
      ["customFields.budget", err("duplicateOption")],
    ]);
    expect(verdict(settings({ customFields: [custom({ kind: "enum", options: [opt("A")] })] }))).toEqual([
      ["customFields.budget", err("invalidOption")],
    ]);
    expect(verdict(settings({ customFields: [custom({ kind: "enum", options: [opt("a", { "zh-CN": "甲" })] })] }))).toEqual([
      ["customFields.budget", err("optionLabel")],
    ]);
    // extra options may not repeat a built-in value either
    expect(verdict(settings({ extraOptions: { type: [opt("clinical")] } }))).toEqual([["extraOptions.type", err("duplicateOption")]]);
  });

  it("requires a custom field's label in both languages (blank counts as missing)", () => {
    expect(verdict(settings({ customFields: [custom({ label: { "zh-CN": "预算" } })] }))).toEqual([["customFields.budget", err("label")]]);
    expect(verdict(settings({ customFields: [custom({ label: { "zh-CN": "预算", "en-US": "  " } })] }))).toEqual([
      ["customFields.budget", err("label")],
    ]);
  });

  it("refuses unknown fields in hidden, order, required and labels", () => {
    expect(verdict(settings({ hidden: ["ghost"] }))).toEqual([["hidden", err("unknownField")]]);
    expect(verdict(settings({ order: ["name", "ghost"] }))).toEqual([["order", err("unknownField")]]);
    expect(verdict(settings({ required: ["ghost"] }))).toEqual([["required", err("unknownField")]]);
    expect(verdict(settings({ labels: { ghost: { "zh-CN": "鬼" } } }))).toEqual([["labels.ghost", err("unknownField")]]);
    expect(validateSettings(branches, settings({ hidden: ["ghost"] }))[0].params).toEqual({ name: "ghost" });
  });

  it("refuses a relabel that leaves no text in any language", () => {
    expect(verdict(settings({ labels: { name: { "zh-CN": " " } } }))).toEqual([["labels.name", err("label")]]);
  });

  it("refuses extra options on a field that is not an enum", () => {
    expect(verdict(settings({ extraOptions: { name: [{ value: "x", label: { "zh-CN": "x", "en-US": "x" } }] } }))).toEqual([
      ["extraOptions.name", err("notEnum")],
    ]);
  });

  it("reports every problem, not only the first", () => {
    const errors = validateSettings(
      branches,
      settings({ customFields: [custom({ key: "name" }), custom({ key: "x", kind: "enum" })], hidden: ["ghost"] }),
    );
    expect(errors.map((e) => e.key).sort()).toEqual([err("duplicateKey"), err("enumWithoutOptions"), err("unknownField")].sort());
  });

  describe("a built-in resource's permissions", () => {
    const lowcode = (key: string) => `party.lowcode.errors.${key}`;
    const roles = ["admin", "secretary", "member", "discipline"];
    const judge = (permissions: ResourceSettings["permissions"]) => validateSettings(members, { id: "members", permissions }, roles).map((e) => [e.field, e.key]);

    it("accepts today's rules, an added role, and the branch scope by a field naming the branch", () => {
      expect(judge(rulePermissions("members"))).toEqual([]);
      expect(judge({ roles: { list: ["discipline"] }, scope: "branch", branchField: "branchId" })).toEqual([]);
    });

    it("refuses a role that does not exist, a scope by a field that names no branch, and the creator's rows (built-in records carry none)", () => {
      expect(judge({ roles: { list: ["auditor"] }, scope: "all" })).toEqual([["permissions.roles", lowcode("unknownRole")]]);
      expect(judge({ roles: {}, scope: "branch", branchField: "name" })).toEqual([["permissions.branchField", lowcode("branchField")]]);
      expect(judge({ roles: {}, scope: "own" })).toEqual([["permissions.scope", lowcode("scope")]]);
      expect(judge({ roles: { approve: ["secretary"] } as never, scope: "all" })).toEqual([["permissions.roles", lowcode("permissionAction")]]);
    });
  });
});
