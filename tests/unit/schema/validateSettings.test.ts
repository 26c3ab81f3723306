// validateSettings: an administrator's configuration is refused when it would break a screen; its
// custom fields are judged by the same per-field checks as a defined resource's fields.
import { describe, expect, it } from "vitest";
import { rulePermissions } from "../../../src/domain/access";
import { members } from "../../../src/resources/members/schema";
import { builtInResources } from "../../../src/resources";
import { branches } from "../../../src/resources/branches/schema";
import { validateDefinition, type ResourceDefinition } from "../../../src/schema/definitions";
import type { CustomFieldSpec, ResourceSettings } from "../../../src/schema/settingsTypes";
import { validateSettings } from "../../../src/schema/validateSettings";

const label = { "zh-CN": "预算", "en-US": "Budget" };
const err = (key: string) => `party.settings.errors.${key}`;
const lowcode = (key: string) => `party.lowcode.errors.${key}`;
const settings = (patch: Partial<ResourceSettings>): ResourceSettings => ({ id: "branches", ...patch });
const custom = (spec: Partial<CustomFieldSpec>): CustomFieldSpec => ({ key: "budget", kind: "number", label, ...spec });
const ctx = { targets: [...builtInResources.map((r) => r.name), "volunteer-services"] };
const verdict = (s: ResourceSettings) => validateSettings(branches, s, ctx).map((e) => [e.field, e.key]);

describe("validateSettings", () => {
  it("accepts an empty configuration and a complete valid one", () => {
    expect(validateSettings(branches, settings({}), ctx)).toEqual([]);
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
        ctx,
      ),
    ).toEqual([]);
  });

  it("refuses a custom key that duplicates a built-in field or an earlier custom field", () => {
    expect(verdict(settings({ customFields: [custom({ key: "name" })] }))).toEqual([["customFields.0.key", err("duplicateKey")]]);
    expect(verdict(settings({ customFields: [custom({}), custom({})] }))).toEqual([["customFields.1.key", lowcode("fieldDuplicate")]]);
    expect(validateSettings(branches, settings({ customFields: [custom({ key: "name" })] }), ctx)[0].params).toEqual({ name: "name" });
  });

  it("refuses malformed and reserved keys: upper-case start, digits first, symbols, Chinese, too long, empty, id, version", () => {
    for (const key of ["Budget", "1budget", "bud-get", "bud get", "预算", "a".repeat(41), "", "id", "version", "createdAt"]) {
      expect([key, verdict(settings({ customFields: [custom({ key })] }))]).toEqual([key, [["customFields.0.key", lowcode("fieldKey")]]]);
    }
    expect(verdict(settings({ customFields: [custom({ key: "a".repeat(40) })] }))).toEqual([]);
    expect(verdict(settings({ customFields: [custom({ key: "b2bCode" })] }))).toEqual([]);
  });

  it("accepts every kind a defined field may take, with its settings", () => {
    const fields: CustomFieldSpec[] = [
      custom({ key: "badge", kind: "text", minLength: 2, maxLength: 8, pattern: "^[A-Z]{2}\\d+$", sensitive: true, search: true, help: { "zh-CN": "如 DJ12", "en-US": "e.g. DJ12" } }),
      custom({ key: "pairBranch", kind: "relation", target: "branches", filter: true }),
      custom({ key: "mentors", kind: "multi-relation", target: "members", minLength: 1, maxLength: 3 }),
      custom({ key: "service", kind: "relation", target: "volunteer-services" }),
      custom({ key: "allowance", kind: "money", min: 0, max: 5000, default: 100 }),
      custom({ key: "share", kind: "percent", min: 0, max: 100 }),
      custom({ key: "hotline", kind: "phone", sensitive: true }),
      custom({ key: "areas", kind: "multi-enum", options: [{ value: "a", label }, { value: "b", label }], views: ["create", "edit", "show"] }),
      custom({ key: "mood", kind: "rating", min: 1, max: 5 }),
      custom({ key: "notes", kind: "textarea" }),
      custom({ key: "keywords", kind: "tags" }),
    ];
    expect(verdict(settings({ customFields: fields, required: ["pairBranch"], order: ["badge"] }))).toEqual([]);
  });

  it("refuses a kind no field may take (a built-in structure or nonsense)", () => {
    for (const kind of ["roster", "items", "spaceship"]) {
      const spec = { ...custom({}), kind } as unknown as CustomFieldSpec;
      expect(verdict(settings({ customFields: [spec] }))).toEqual([["customFields.0.kind", lowcode("kind")]]);
    }
  });

  it("refuses a relation without a target or to a resource that does not exist", () => {
    expect(verdict(settings({ customFields: [custom({ kind: "relation" })] }))).toEqual([["customFields.0.target", lowcode("relationTarget")]]);
    const ghost = validateSettings(branches, settings({ customFields: [custom({ kind: "multi-relation", target: "spaceships" })] }), ctx);
    expect(ghost).toEqual([{ field: "customFields.0.target", key: lowcode("relationTarget"), params: { name: "budget", target: "spaceships" } }]);
  });

  it("refuses bounds that contradict each other or are not numbers, an invalid pattern, and a default the field refuses", () => {
    expect(verdict(settings({ customFields: [custom({ min: 10, max: 1 })] }))).toEqual([["customFields.0.bounds", lowcode("boundOrder")]]);
    expect(verdict(settings({ customFields: [custom({ kind: "text", minLength: 9, maxLength: 3 })] }))).toEqual([["customFields.0.bounds", lowcode("boundOrder")]]);
    expect(verdict(settings({ customFields: [custom({ kind: "text", maxLength: -1 })] }))).toEqual([["customFields.0.bounds", lowcode("bound")]]);
    expect(verdict(settings({ customFields: [custom({ kind: "text", pattern: "([a-z" })] }))).toEqual([["customFields.0.bounds", lowcode("pattern")]]);
    expect(verdict(settings({ customFields: [custom({ min: 0, max: 10, default: 99 })] }))).toEqual([["customFields.0.default", lowcode("default")]]);
  });

  it("refuses an enum without options", () => {
    expect(verdict(settings({ customFields: [custom({ kind: "enum" })] }))).toEqual([["customFields.0.options", lowcode("enumWithoutOptions")]]);
    expect(verdict(settings({ customFields: [custom({ kind: "multi-enum", options: [] })] }))).toEqual([
      ["customFields.0.options", lowcode("enumWithoutOptions")],
    ]);
  });

  it("refuses duplicate and malformed option values, and options without both labels", () => {
    const opt = (value: string, l: Record<string, string> = { "zh-CN": "甲", "en-US": "A" }) => ({ value, label: l });
    expect(verdict(settings({ customFields: [custom({ kind: "enum", options: [opt("a"), opt("a")] })] }))).toEqual([
      ["customFields.0.options", lowcode("optionDuplicate")],
    ]);
    expect(verdict(settings({ customFields: [custom({ kind: "enum", options: [opt("A")] })] }))).toEqual([
      ["customFields.0.options", lowcode("optionValue")],
    ]);
    expect(verdict(settings({ customFields: [custom({ kind: "enum", options: [opt("a", { "zh-CN": "甲" })] })] }))).toEqual([
      ["customFields.0.options", lowcode("optionLabel")],
    ]);
    // extra options may not repeat a built-in value either
    expect(verdict(settings({ extraOptions: { type: [opt("clinical")] } }))).toEqual([["extraOptions.type", err("duplicateOption")]]);
  });

  it("requires a custom field's label in both languages (blank counts as missing), and help in both once it has any", () => {
    expect(verdict(settings({ customFields: [custom({ label: { "zh-CN": "预算" } })] }))).toEqual([["customFields.0.label", lowcode("fieldLabel")]]);
    expect(verdict(settings({ customFields: [custom({ label: { "zh-CN": "预算", "en-US": "  " } })] }))).toEqual([
      ["customFields.0.label", lowcode("fieldLabel")],
    ]);
    expect(verdict(settings({ customFields: [custom({ help: { "en-US": "Yearly" } })] }))).toEqual([["customFields.0.help", lowcode("helpLabel")]]);
  });

  it("judges a custom field exactly as the designer judges the same field of a definition", () => {
    const bad: CustomFieldSpec[] = [
      custom({ key: "x", kind: "relation", target: "ghosts" }),
      custom({ key: "y", kind: "text", pattern: "(", minLength: 5, maxLength: 1 }),
      custom({ key: "z", kind: "enum", label: { "zh-CN": "z" } }),
    ];
    const asDefinition: ResourceDefinition = { id: "probe", label, group: "registers", icon: "FlagOutlined", titleField: "x", fields: bad };
    const designer = validateDefinition(asDefinition, { builtIns: ctx.targets, groups: ["registers"], definitions: [], isNew: true })
      .filter((e) => e.field.startsWith("fields."))
      .map((e) => ({ ...e, field: e.field.replace(/^fields\./, "customFields.") }));
    expect(designer.length).toBeGreaterThan(3);
    expect(validateSettings(branches, settings({ customFields: bad }), ctx)).toEqual(designer);
  });

  it("refuses unknown fields in hidden, order, required and labels", () => {
    expect(verdict(settings({ hidden: ["ghost"] }))).toEqual([["hidden", err("unknownField")]]);
    expect(verdict(settings({ order: ["name", "ghost"] }))).toEqual([["order", err("unknownField")]]);
    expect(verdict(settings({ required: ["ghost"] }))).toEqual([["required", err("unknownField")]]);
    expect(verdict(settings({ labels: { ghost: { "zh-CN": "鬼" } } }))).toEqual([["labels.ghost", err("unknownField")]]);
    expect(validateSettings(branches, settings({ hidden: ["ghost"] }), ctx)[0].params).toEqual({ name: "ghost" });
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
      settings({ customFields: [custom({ key: "name" }), custom({ key: "x", kind: "enum" }), custom({ key: "y", kind: "relation", target: "ghosts" })], hidden: ["ghost"] }),
      ctx,
    );
    expect(errors.map((e) => e.key).sort()).toEqual([err("duplicateKey"), lowcode("enumWithoutOptions"), lowcode("relationTarget"), err("unknownField")].sort());
  });

  describe("a built-in resource's permissions", () => {
    const lowcode = (key: string) => `party.lowcode.errors.${key}`;
    const roles = ["admin", "secretary", "member", "discipline"];
    const judge = (permissions: ResourceSettings["permissions"]) => validateSettings(members, { id: "members", permissions }, { targets: builtInResources.map((r) => r.name), roles }).map((e) => [e.field, e.key]);

    it("accepts today's rules, an added role, the branch scope by a field naming the branch, and the creator's rows", () => {
      expect(judge(rulePermissions("members"))).toEqual([]);
      expect(judge({ roles: { list: ["discipline"] }, scope: "branch", branchField: "branchId" })).toEqual([]);
      expect(judge({ roles: { list: ["discipline"] }, scope: "own" })).toEqual([]);
    });

    it("refuses a role that does not exist, a scope by a field that names no branch or no scope at all, and an unknown action", () => {
      expect(judge({ roles: { list: ["auditor"] }, scope: "all" })).toEqual([["permissions.roles", lowcode("unknownRole")]]);
      expect(judge({ roles: {}, scope: "branch", branchField: "name" })).toEqual([["permissions.branchField", lowcode("branchField")]]);
      expect(judge({ roles: {}, scope: "everyone" as never })).toEqual([["permissions.scope", lowcode("scope")]]);
      expect(judge({ roles: { approve: ["secretary"] } as never, scope: "all" })).toEqual([["permissions.roles", lowcode("permissionAction")]]);
    });
  });
});
