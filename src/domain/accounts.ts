// Sign-in accounts: who may sign in, under which role, for which branch.
import type { DataLookup, FieldError, RuleContext } from "./types";

/** A login name: lower-case ASCII, starting with a letter, 3–32 characters of letters, digits, `.`, `_` or `-`. */
export const USERNAME_PATTERN = "[a-z][a-z0-9._-]{2,31}";
/** The shortest password an administrator may set. */
export const PASSWORD_MIN_LENGTH = 8;

const key = (name: string) => `party.rules.${name}`;
const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** A secretary's rights are their branch's (access.ts), so a secretary's account names the branch. */
export function secretaryNeedsBranch(record: Record<string, unknown>): FieldError[] {
  return record.role === "secretary" && blank(record.branchId) ? [{ field: "branchId", key: key("accountBranchRequired") }] : [];
}

/** A new account needs a password; an edit that leaves it blank keeps the stored one. */
export function passwordOnCreate(record: Record<string, unknown>, ctx: RuleContext): FieldError[] {
  return ctx.mode === "create" && blank(record.password) ? [{ field: "password", key: key("accountPasswordRequired") }] : [];
}

export const accountRules = [secretaryNeedsBranch, passwordOnCreate] as const;

type Account = Record<string, unknown>;
/** An account that can sign in as an administrator. */
const administers = (account: Account) => account.role === "admin" && account.disabled !== true;

/** Whether the account is the last one that can administer: without it, nobody could manage accounts or settings again. */
export const isLastAdministrator = (account: Account, accounts: readonly Account[]) =>
  administers(account) && !accounts.some((other) => String(other.id) !== String(account.id) && administers(other));

/** An edit may not demote or disable the last administrator (its delete is refused alike, 409). */
export function keepsAnAdministrator(record: Account, ctx: RuleContext, data: DataLookup): FieldError[] {
  if (!ctx.original || administers(record) || !isLastAdministrator(ctx.original, data.all("accounts"))) return [];
  return [{ field: record.role === "admin" ? "disabled" : "role", key: key("lastAdministrator") }];
}
