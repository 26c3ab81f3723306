// Per-resource permissions an administrator sets: which roles may do each action, and on which rows.
// Pure; `can`/`canAny`/`listRestriction` in access.ts defer to these when a resource carries them.

export const PERMISSION_ACTIONS = ["list", "show", "create", "edit", "delete", "export"] as const;
export type PermissionAction = (typeof PERMISSION_ACTIONS)[number];

/** all rows; the rows of the user's branch; the rows the user created. */
export const ROW_SCOPES = ["all", "branch", "own"] as const;
export type RowScope = (typeof ROW_SCOPES)[number];

export interface ResourcePermissions {
  /** Role names allowed per action; administrators may always do everything. */
  roles: Partial<Record<PermissionAction, string[]>>;
  /** Rows a non-administrator reaches. */
  scope: RowScope;
  /** The record's field naming its branch (scope "branch"). */
  branchField?: string;
  /**
   * A built-in resource's: its own rules still judge the three built-in roles, within the actions
   * listed for them; roles an administrator added get exactly what is listed, on the rows of `scope`.
   */
  overRules?: boolean;
}

/** What an administrator may name a role: lower-case ASCII, like an option value. */
export const ROLE_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

/** A built-in resource's stored permissions as the access module applies them (over its rules); none when absent or null. */
export const overRulesOf = (stored: ResourcePermissions | null | undefined): ResourcePermissions | undefined => (stored ? { ...stored, overRules: true } : undefined);

/** A field scope "branch" can go by: a relation to the branches. */
export const namesBranch = (field: { kind: string; target?: string }) => field.kind === "relation" && field.target === "branches";

/** The roles a permission names for an action. */
export const rolesFor = (p: ResourcePermissions, action: PermissionAction): readonly string[] => p.roles[action] ?? [];

/** The field the backend stamps with the creating user's id (scope "own"). */
export const OWNER_FIELD = "createdBy";

export interface PermissionUser {
  id: string | number;
  role: string;
  branchId?: string | number;
}

type Rec = Record<string, unknown>;
const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b);

/** A new definition's permissions: like today's branch records (secretaries their branch's, members read). */
export function defaultPermissions(branchField?: string): ResourcePermissions {
  return {
    roles: {
      list: ["secretary", "member"],
      show: ["secretary", "member"],
      create: ["secretary"],
      edit: ["secretary"],
      delete: ["secretary"],
      export: ["secretary"],
    },
    scope: branchField ? "branch" : "all",
    branchField,
  };
}

/** Whether the role is listed for the action (administrators always are). */
export const roleMay = (p: ResourcePermissions, user: PermissionUser, action: PermissionAction) => user.role === "admin" || rolesFor(p, action).includes(user.role);

/** Whether the record is within the user's rows. */
export function inScope(p: ResourcePermissions, user: PermissionUser, record: Rec): boolean {
  if (user.role === "admin" || p.scope === "all") return true;
  if (p.scope === "own") return same(record[OWNER_FIELD], user.id);
  return !!p.branchField && same(record[p.branchField], user.branchId);
}

/**
 * One record (or, without one, "some record"): the role may do the action, and the record is in
 * its rows. A record being created is judged as it would be stored (its branch must be the user's).
 */
export function permits(p: ResourcePermissions, user: PermissionUser | undefined, action: PermissionAction, record?: Rec): boolean {
  if (!user || !roleMay(p, user, action)) return false;
  if (!record || action === "list" || action === "export") return true;
  if (action === "create" && p.scope === "own") return true; // the backend stamps the owner
  return inScope(p, user, record);
}

/** The filter a list query gets for the user's rows (none for administrators or scope "all"). */
export function scopeFilter(p: ResourcePermissions, user: PermissionUser | undefined): Record<string, string> | undefined {
  if (!user || user.role === "admin" || p.scope === "all") return undefined;
  if (p.scope === "own") return { [OWNER_FIELD]: String(user.id) };
  return p.branchField ? { [p.branchField]: String(user.branchId) } : undefined;
}
