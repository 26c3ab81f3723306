import { useCallback } from "react";
import { can, canAny, type AccessAction } from "../../domain/access";
import { usePartyConfig } from "../context/PartyContext";

/**
 * Role checks for the current user on one resource (a defined one by its own permissions);
 * everything is allowed when the host has no roles.
 */
export function useAccess(resource: string) {
  const { getUser, definitions } = usePartyConfig();
  const allowed = useCallback(
    (action: AccessAction, record?: Record<string, unknown>) => {
      if (!getUser) return true;
      const permissions = definitions?.permissionsOf(resource);
      return record ? can(getUser(), action, resource, record, undefined, permissions) : canAny(getUser(), action, resource, permissions);
    },
    [getUser, resource, definitions],
  );
  return allowed;
}
