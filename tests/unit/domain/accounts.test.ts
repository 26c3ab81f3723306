import { describe, expect, it } from "vitest";
import { isLastAdministrator, keepsAnAdministrator, passwordOnCreate, secretaryNeedsBranch, USERNAME_PATTERN } from "../../../src/domain/accounts";

const today = "2026-11-22";

describe("accounts' rules", () => {
  it("a secretary's account names their branch; other roles may have none", () => {
    expect(secretaryNeedsBranch({ role: "secretary", branchId: null })).toEqual([{ field: "branchId", key: "party.rules.accountBranchRequired" }]);
    expect(secretaryNeedsBranch({ role: "secretary", branchId: " " })).toHaveLength(1);
    expect(secretaryNeedsBranch({ role: "secretary", branchId: 12 })).toEqual([]);
    expect(secretaryNeedsBranch({ role: "admin" })).toEqual([]);
    expect(secretaryNeedsBranch({ role: "discipline" })).toEqual([]);
  });

  it("a new account needs a password; an edit without one keeps the stored password", () => {
    expect(passwordOnCreate({ username: "wang" }, { today, mode: "create" })).toEqual([{ field: "password", key: "party.rules.accountPasswordRequired" }]);
    expect(passwordOnCreate({ password: "  " }, { today, mode: "create" })).toHaveLength(1);
    expect(passwordOnCreate({ password: "s3cret-pass" }, { today, mode: "create" })).toEqual([]);
    expect(passwordOnCreate({ password: null }, { today, mode: "edit", original: { id: 4 } })).toEqual([]);
  });

  it("the last account that can administer is neither demoted, disabled nor deleted; with another, it may be", () => {
    const admin = { id: 1, role: "admin", disabled: false };
    const disabledAdmin = { id: 2, role: "admin", disabled: true };
    const secretary = { id: 3, role: "secretary" };
    const lookup = (...accounts: Record<string, unknown>[]) => ({ all: () => accounts, get: () => undefined });
    const edit = (record: Record<string, unknown>, ...accounts: Record<string, unknown>[]) =>
      keepsAnAdministrator({ ...admin, ...record }, { today, mode: "edit", original: admin }, lookup(admin, ...accounts));
    expect(edit({ role: "secretary" }, disabledAdmin, secretary)).toEqual([{ field: "role", key: "party.rules.lastAdministrator" }]);
    expect(edit({ disabled: true }, disabledAdmin)).toEqual([{ field: "disabled", key: "party.rules.lastAdministrator" }]);
    expect(edit({ name: "王主任" })).toEqual([]);
    expect(edit({ role: "secretary" }, { id: 4, role: "admin" })).toEqual([]);
    // Another account's edit, and creating one, are never held back by this rule.
    expect(keepsAnAdministrator({ ...secretary, role: "member" }, { today, mode: "edit", original: secretary }, lookup(admin, secretary))).toEqual([]);
    expect(keepsAnAdministrator({ role: "member" }, { today, mode: "create" }, lookup(admin))).toEqual([]);
    expect(isLastAdministrator(admin, [admin, disabledAdmin, secretary])).toBe(true);
    expect(isLastAdministrator(admin, [admin, { id: 4, role: "admin" }])).toBe(false);
    expect(isLastAdministrator(disabledAdmin, [admin, disabledAdmin])).toBe(false);
  });

  it("login names are lower-case ASCII starting with a letter", () => {
    const ok = (name: string) => new RegExp(`^(?:${USERNAME_PATTERN})$`, "u").test(name);
    expect(["jijian", "wang.li", "zhang_3", "li-na"].every(ok)).toBe(true);
    expect(["Jijian", "王力", "ab", "3li", "li na", "a".repeat(33)].some(ok)).toBe(false);
  });
});
