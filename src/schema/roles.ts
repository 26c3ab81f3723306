import { BUILT_IN_ROLES } from "../domain/access";
import type { OptionSpec, ResourceSettings } from "./settingsTypes";

/**
 * Roles an administrator adds by name are options of the accounts' role field, added on the
 * settings page like any enum option (labels in both languages): no second catalogue of roles.
 */
export const ROLE_FIELD = { resource: "accounts", field: "role" } as const;

/** The roles an administrator added, from the stored settings. */
export function addedRoles(settings: readonly ResourceSettings[] | undefined): OptionSpec[] {
  return settings?.find((s) => s.id === ROLE_FIELD.resource)?.extraOptions?.[ROLE_FIELD.field] ?? [];
}

/** Every role a permission may name: the built-in ones and the added ones. */
export function knownRoles(settings: readonly ResourceSettings[] | undefined): string[] {
  return [...BUILT_IN_ROLES, ...addedRoles(settings).map((o) => o.value)];
}
