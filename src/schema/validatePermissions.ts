import { PERMISSION_ACTIONS, ROLE_NAME, ROW_SCOPES, type ResourcePermissions } from "../domain/permissions";
import type { FieldError } from "./types";

const err = (field: string, key: string, params?: FieldError["params"]): FieldError => ({ field, key: `party.lowcode.errors.${key}`, params });

export interface PermissionContext {
  /** The resource's fields that name a branch (a relation to branches): what scope "branch" may use. */
  branchFields: readonly string[];
  /** The roles that exist; unchecked when absent. */
  roles?: readonly string[];
}

/** Permissions the access module could not apply, as field errors: a defined resource's and a built-in one's alike. */
export function permissionErrors(p: ResourcePermissions | null | undefined, ctx: PermissionContext): FieldError[] {
  if (!p) return [];
  const errors: FieldError[] = [];
  if (!ROW_SCOPES.includes(p.scope)) errors.push(err("permissions.scope", "scope"));
  const roles = p.roles && typeof p.roles === "object" ? p.roles : {};
  if (Object.keys(roles).some((a) => !(PERMISSION_ACTIONS as readonly string[]).includes(a))) errors.push(err("permissions.roles", "permissionAction"));
  const named = new Set(Object.values(roles).flatMap((list) => (Array.isArray(list) ? list : [list])));
  for (const role of named) {
    if (typeof role !== "string" || !ROLE_NAME.test(role) || (ctx.roles && !ctx.roles.includes(role))) errors.push(err("permissions.roles", "unknownRole", { role: String(role) }));
  }
  if (p.scope === "branch" && !ctx.branchFields.includes(p.branchField ?? "")) errors.push(err("permissions.branchField", "branchField"));
  return errors;
}
