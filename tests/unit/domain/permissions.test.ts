import { describe, expect, it } from "vitest";
import { can, canAny, listRestriction, type PartyUser } from "../../../src/domain/access";
import { defaultPermissions, permits, scopeFilter, type ResourcePermissions } from "../../../src/domain/permissions";

const admin: PartyUser = { id: 1, name: "党委办公室", role: "admin" };
const secretary: PartyUser = { id: 2, name: "王书记", role: "secretary", branchId: 7 };
const member: PartyUser = { id: 3, name: "李党员", role: "member", branchId: 7, memberId: 30 };
const own = { id: 1, branchId: 7, createdBy: "2" };
const other = { id: 2, branchId: 8, createdBy: "1" };

describe("per-resource permissions", () => {
  const byBranch = defaultPermissions("branchId");

  it("defaults like today's branch records: secretaries write their branch's, members read, administrators everything", () => {
    expect(permits(byBranch, secretary, "create", own)).toBe(true);
    expect(permits(byBranch, secretary, "create", other)).toBe(false);
    expect(permits(byBranch, secretary, "edit", other)).toBe(false);
    expect(permits(byBranch, member, "list")).toBe(true);
    expect(permits(byBranch, member, "create")).toBe(false);
    expect(permits(byBranch, member, "export")).toBe(false);
    expect(permits(byBranch, admin, "delete", other)).toBe(true);
    expect(permits(byBranch, undefined, "list")).toBe(false);
  });

  it("narrows lists to the user's rows", () => {
    expect(scopeFilter(byBranch, secretary)).toEqual({ branchId: "7" });
    expect(scopeFilter(byBranch, admin)).toBeUndefined();
    const mine: ResourcePermissions = { roles: { list: ["member"], show: ["member"], create: ["member"] }, scope: "own" };
    expect(scopeFilter(mine, member)).toEqual({ createdBy: "3" });
    expect(permits(mine, member, "show", own)).toBe(false);
    expect(permits(mine, member, "show", { createdBy: "3" })).toBe(true);
    expect(permits(mine, member, "create", {})).toBe(true);
    expect(permits({ roles: { list: ["secretary"] }, scope: "all" }, secretary, "show", other)).toBe(false);
  });

  it("is what the one access module answers for a resource that carries permissions", () => {
    expect(can(secretary, "edit", "volunteer-records", other, undefined, byBranch)).toBe(false);
    expect(can(secretary, "edit", "volunteer-records", own, undefined, byBranch)).toBe(true);
    expect(can(member, "reveal", "volunteer-records", own, undefined, byBranch)).toBe(true);
    expect(can(member, "rate", "volunteer-records", own, undefined, byBranch)).toBe(false);
    expect(canAny(member, "create", "volunteer-records", byBranch)).toBe(false);
    expect(canAny(secretary, "export", "volunteer-records", byBranch)).toBe(true);
    expect(listRestriction(secretary, "volunteer-records", byBranch)).toEqual({ branchId: "7" });
  });

  it("leaves the built-in resources' rules as they were", () => {
    expect(can(secretary, "edit", "members", { branchId: 8 })).toBe(false);
    expect(canAny(member, "list", "resource-definitions")).toBe(true);
    expect(canAny(secretary, "edit", "resource-definitions")).toBe(false);
    expect(listRestriction(member, "members")).toEqual({ id: "30" });
  });

  it("gives a role an administrator added no built-in rights: only a resource's permissions speak for it", () => {
    const inspector: PartyUser = { id: 9, name: "纪检委员", role: "discipline", branchId: 7 };
    expect(can(inspector, "list", "members")).toBe(false);
    expect(canAny(inspector, "show", "commitments")).toBe(false);
    const forInspectors: ResourcePermissions = { roles: { list: ["discipline"], show: ["discipline"] }, scope: "all" };
    expect(can(inspector, "show", "volunteer-records", other, undefined, forInspectors)).toBe(true);
    expect(can(inspector, "edit", "volunteer-records", other, undefined, forInspectors)).toBe(false);
  });

  it("keeps the sign-in accounts the administrators' alone", () => {
    expect(canAny(admin, "create", "accounts")).toBe(true);
    expect(canAny(secretary, "list", "accounts")).toBe(false);
    expect(can(member, "show", "accounts", { id: 3 })).toBe(false);
  });
});
