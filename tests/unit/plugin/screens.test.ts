// Hand-written screens come from one list: each has its component, a menu entry and routes, and the access rules know it.
import { describe, expect, it } from "vitest";
import { can, canAny } from "../../../src/domain/access";
import { buildResources, menuGroups } from "../../../src/plugin/buildResources";
import { screenPages } from "../../../src/plugin/screens";
import { RESOURCE_MANIFEST, SCREEN_MANIFEST } from "../../../src/resources/manifest";

describe("the screens manifest", () => {
  it("names a component for every screen, and a detail component for those that open one record", () => {
    // The manifest's screens, and those a resource shows in place of its generic list.
    const named = [...SCREEN_MANIFEST.map((s) => s.name), ...RESOURCE_MANIFEST.flatMap((r) => (r.screen ? [r.screen] : []))];
    expect(Object.keys(screenPages).sort()).toEqual(named.sort());
    for (const screen of SCREEN_MANIFEST) expect(!!screenPages[screen.name].show, screen.name).toBe(!!(screen.show || screen.record));
    for (const screen of SCREEN_MANIFEST) expect(!!screenPages[screen.name].list, screen.name).toBe(!screen.record);
  });

  it("gives each screen a Refine resource in its menu group, with list and (where it has one) show routes", () => {
    const resources = buildResources(RESOURCE_MANIFEST, "/party", "party");
    expect(resources.find((r) => r.name === "party-culture-board")).toMatchObject({ list: "/party/culture-board", show: "/party/culture-board/:id", meta: { parent: "party-education" } });
    expect(resources.find((r) => r.name === "party-my-learning")).toMatchObject({ list: "/party/my-learning", show: undefined });
    expect(menuGroups(RESOURCE_MANIFEST).education).toEqual(["courses", "study-records", "articles", "my-learning", "culture-board"]);
  });

  it("opens My learning to anyone with a member record and the culture board to everyone", () => {
    const member = { id: 3, name: "党员", role: "member" as const, branchId: 1, memberId: 9 };
    const admin = { id: 1, name: "党委", role: "admin" as const };
    expect(canAny(member, "list", "my-learning")).toBe(true);
    expect(canAny(member, "list", "culture-board")).toBe(true);
    expect(canAny({ ...member, memberId: undefined }, "list", "my-learning")).toBe(false);
    expect(canAny(admin, "list", "my-learning")).toBe(true);
    expect(can(member, "create", "study-records", { memberId: 9, source: "online" })).toBe(true);
    expect(can(member, "create", "study-records", { memberId: 8, source: "online" })).toBe(false);
    expect(canAny(member, "create", "study-records"), "no generic form or import for a member").toBe(false);
    expect(can(member, "show", "articles", { status: "draft" })).toBe(false);
  });
});
