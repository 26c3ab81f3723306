import { describe, expect, it } from "vitest";
import type { DataProvider } from "@refinedev/core";
import { rulePermissions } from "../../../src/domain/access";
import { createAccessControl } from "../../../src/plugin/accessControl";
import { createDefinitionsStore } from "../../../src/plugin/definitions/definitionsStore";
import { menuGroups } from "../../../src/plugin/buildResources";
import { definedResourceProps } from "../../../src/plugin/definitions/definedResources";
import { RESOURCE_MANIFEST, SCREEN_MANIFEST } from "../../../src/resources/manifest";
import { definitionBundle, definitionPermissions, TEMPLATES } from "../../../src/schema/definitions";

const volunteer = TEMPLATES.find((t) => t.id === "volunteer-records")!;

describe("defined resources in Refine and i18next", () => {
  it("registers each definition like a built-in resource, and a group entry once for a new group", () => {
    const props = definedResourceProps(TEMPLATES, "/party", "party", ["organization"]);
    expect(props.filter((p) => p.name === "party-registers")).toHaveLength(1);
    expect(props.find((p) => p.name === "party-volunteer-records")).toMatchObject({
      list: "/party/volunteer-records",
      create: "/party/volunteer-records/create",
      edit: "/party/volunteer-records/edit/:id",
      show: "/party/volunteer-records/show/:id",
      meta: { dataProviderName: "party", parent: "party-registers", canDelete: true },
    });
    expect(definedResourceProps([{ ...volunteer, group: "organization" }], "/party", "party", []).map((p) => p.name)).toEqual(["party-volunteer-records"]);
  });

  it("gives the generic pages the keys they read, in the definition's own words", () => {
    const t = (key: string, params?: Record<string, string>) => `${key}|${params?.label ?? ""}|${params?.id ?? ""}`;
    const bundle = definitionBundle(volunteer, "zh-CN", t) as Record<string, Record<string, unknown>>;
    const own = bundle["party-volunteer-records"] as Record<string, Record<string, unknown>>;
    expect(own["party-volunteer-records"]).toBe("志愿服务记录");
    expect(own.titles.edit).toBe("party.lowcode.titles.edit|志愿服务记录|{{id}}");
    expect(own.fields.serviceDate).toBe("服务日期");
    expect((own.options.category as Record<string, string>).clinic).toBe("义诊");
    expect(own.help.hours).toBe("单次服务 0.5 至 24 小时");
    expect(bundle.documentTitle["party-volunteer-records"]).toEqual(own.titles);
    expect(bundle["party-registers"]).toEqual({ "party-registers": "工作台账" });
    // 操作日志 names the resource of its entries by the same label.
    expect(bundle["party-audit-logs"]).toEqual({ options: { resource: { "volunteer-records": "志愿服务记录" } } });
    expect((definitionBundle(volunteer, "en-US", t)["party-volunteer-records"] as Record<string, unknown>)["party-volunteer-records"]).toBe("Volunteer service records");
  });
});

describe("Refine's access provider for defined resources", () => {
  const source = {
    subscribe: () => () => undefined,
    getSnapshot: () => ({ definitions: [volunteer], loaded: true }),
    ensure: async () => undefined,
    reload: async () => undefined,
    permissionsOf: (name: string) => (name === volunteer.id ? definitionPermissions(volunteer) : undefined),
    adoptSettings: () => undefined,
  };
  const as = (role: "admin" | "secretary" | "member") => createAccessControl(() => ({ id: 1, name: role, role, branchId: 7 }), menuGroups(RESOURCE_MANIFEST, SCREEN_MANIFEST), source);
  const can = async (role: "admin" | "secretary" | "member", resource: string, action: string) => (await as(role).can({ resource, action })).can;

  it("follows the definition's permissions, shows its new group, and opens the designer to administrators only", async () => {
    expect(await can("secretary", "party-volunteer-records", "create")).toBe(true);
    expect(await can("member", "party-volunteer-records", "create")).toBe(false);
    expect(await can("member", "party-volunteer-records", "list")).toBe(true);
    expect(await can("member", "party-registers", "list")).toBe(true);
    expect(await can("admin", "party-resource-designer", "list")).toBe(true);
    expect(await can("secretary", "party-resource-designer", "list")).toBe(false);
  });
});

describe("a built-in resource's permissions from the settings", () => {
  it("reach the menu and buttons once the pages read the settings, and tell the menu only when they change", async () => {
    const store = createDefinitionsStore({} as DataProvider);
    let told = 0;
    store.subscribe(() => void told++);
    const access = (role: "secretary" | "member") => createAccessControl(() => ({ id: 1, name: role, role, branchId: 7 }), {}, store);
    expect((await access("secretary").can({ resource: "party-members", action: "create" })).can).toBe(true);
    const narrowed = rulePermissions("members");
    delete narrowed.overRules;
    narrowed.roles = { ...narrowed.roles, create: [] };
    store.adoptSettings([{ id: "members", permissions: narrowed }, { id: "branches", hidden: [] }]);
    store.adoptSettings([{ id: "members", permissions: narrowed }]);
    expect(told).toBe(1);
    expect(store.permissionsOf("members")?.overRules).toBe(true);
    expect((await access("secretary").can({ resource: "party-members", action: "create" })).can).toBe(false);
    expect((await access("secretary").can({ resource: "party-members", action: "list" })).can).toBe(true);
    expect(store.permissionsOf("branches")).toBeUndefined();
  });
});
