import { describe, expect, it } from "vitest";
import { passwordOnCreate, secretaryNeedsBranch, USERNAME_PATTERN } from "../../../src/domain/accounts";

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

  it("login names are lower-case ASCII starting with a letter", () => {
    const ok = (name: string) => new RegExp(`^(?:${USERNAME_PATTERN})$`, "u").test(name);
    expect(["jijian", "wang.li", "zhang_3", "li-na"].every(ok)).toBe(true);
    expect(["Jijian", "王力", "ab", "3li", "li na", "a".repeat(33)].some(ok)).toBe(false);
  });
});
