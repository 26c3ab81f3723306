import { describe, expect, it } from "vitest";
import { can, canAny, listRestriction, rulePermissions, type PartyUser } from "../../../src/domain/access";
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

  describe("a built-in resource's permissions", () => {
    const inspector: PartyUser = { id: 9, name: "纪检委员", role: "discipline", branchId: 7 };

    it("start from today's rules, so saving them unchanged changes nothing", () => {
      const p = rulePermissions("members");
      expect(p.roles.create).toEqual(["secretary"]);
      expect(p.roles.list).toEqual(["secretary", "member"]);
      expect(p.overRules).toBe(true);
      for (const [user, record] of [[secretary, { branchId: 8 }], [secretary, { branchId: 7 }], [member, { id: 30 }], [member, { id: 31 }]] as const) {
        for (const action of ["show", "edit", "delete", "reveal"] as const) {
          expect(can(user, action, "members", record, undefined, p)).toBe(can(user, action, "members", record));
        }
      }
      expect(listRestriction(member, "members", p)).toEqual({ id: "30" });
      expect(rulePermissions("commitments").roles.edit).toEqual(["secretary", "member"]);
    });

    it("narrow a built-in role within its rules: taken off an action, it may not; listed, its rules still judge the record", () => {
      const noSecretaryWrites: ResourcePermissions = { roles: { list: ["secretary", "member"], show: ["secretary", "member"] }, scope: "all", overRules: true };
      expect(canAny(secretary, "create", "members", noSecretaryWrites)).toBe(false);
      expect(can(secretary, "edit", "members", { branchId: 7 }, undefined, noSecretaryWrites)).toBe(false);
      const withEdit = { ...noSecretaryWrites, roles: { ...noSecretaryWrites.roles, edit: ["secretary"] } };
      expect(can(secretary, "edit", "members", { branchId: 7 }, undefined, withEdit)).toBe(true);
      expect(can(secretary, "edit", "members", { branchId: 8 }, undefined, withEdit)).toBe(false);
      // Rating a commitment is editing it.
      const noMemberEdit = { ...rulePermissions("commitments"), roles: { ...rulePermissions("commitments").roles, edit: ["secretary"] } };
      expect(can(member, "rate", "commitments", { targetBranchId: 7, status: "done" }, undefined, noMemberEdit)).toBe(false);
      expect(can(member, "rate", "commitments", { targetBranchId: 7, status: "done" })).toBe(true);
    });

    it("give an added role exactly what is listed, on its rows", () => {
      const p: ResourcePermissions = { ...rulePermissions("members"), scope: "branch", branchField: "branchId" };
      p.roles = { ...p.roles, list: [...(p.roles.list ?? []), "discipline"], show: [...(p.roles.show ?? []), "discipline"] };
      expect(canAny(inspector, "list", "members", p)).toBe(true);
      expect(canAny(inspector, "create", "members", p)).toBe(false);
      expect(can(inspector, "show", "members", { branchId: 7 }, undefined, p)).toBe(true);
      expect(can(inspector, "show", "members", { branchId: 8 }, undefined, p)).toBe(false);
      expect(listRestriction(inspector, "members", p)).toEqual({ branchId: "7" });
      expect(can(admin, "delete", "members", { branchId: 8 }, undefined, p)).toBe(true);
    });
  });
});
