import { describe, expect, it } from "vitest";
import { can, canAny, type PartyUser } from "../../../src/domain/access";

const admin: PartyUser = { id: 1, name: "党委办公室", role: "admin" };
const secretary: PartyUser = { id: 2, name: "书记", role: "secretary", branchId: 1 };
const member: PartyUser = { id: 3, name: "党员", role: "member", branchId: 1, memberId: 9 };
const own = { id: 5, branchId: 1 };
const other = { id: 6, branchId: 2 };

describe("consortium roles", () => {
  it("the administrator manages institutions and agreements", () => {
    for (const resource of ["institutions", "consortium-agreements"]) {
      for (const action of ["create", "edit", "delete"] as const) expect(can(admin, action, resource, {})).toBe(true);
    }
  });
  it("secretaries and members only read institutions, agreements and the overview", () => {
    for (const user of [secretary, member]) {
      for (const resource of ["institutions", "consortium-agreements", "consortium-overview"]) {
        expect(canAny(user, "list", resource)).toBe(true);
        expect(can(user, "show", resource, { id: 1 })).toBe(true);
        expect(canAny(user, "create", resource)).toBe(false);
        expect(can(user, "edit", resource, { id: 1 })).toBe(false);
        expect(can(user, "delete", resource, { id: 1 })).toBe(false);
      }
    }
  });
  it("a secretary records their own branch's postings and activities, not another branch's", () => {
    for (const resource of ["outreach-postings", "outreach-activities"]) {
      expect(canAny(secretary, "create", resource)).toBe(true);
      expect(can(secretary, "create", resource, own)).toBe(true);
      expect(can(secretary, "create", resource, other)).toBe(false);
      expect(can(secretary, "edit", resource, own)).toBe(true);
      expect(can(secretary, "edit", resource, other)).toBe(false);
      expect(can(secretary, "delete", resource, other)).toBe(false);
      expect(can(secretary, "show", resource, other)).toBe(true);
    }
  });
  it("members read postings and activities and change nothing", () => {
    for (const resource of ["outreach-postings", "outreach-activities"]) {
      expect(canAny(member, "list", resource)).toBe(true);
      expect(can(member, "show", resource, other)).toBe(true);
      expect(canAny(member, "create", resource)).toBe(false);
      expect(can(member, "edit", resource, own)).toBe(false);
    }
  });
});
