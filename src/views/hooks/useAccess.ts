import { useCallback } from "react";
import { can, canAny, type AccessAction } from "../../domain/access";
import { usePartyConfig } from "../context/PartyContext";

/** Role checks for the current user on one resource; everything is allowed when the host has no roles. */
export function useAccess(resource: string) {
  const { getUser } = usePartyConfig();
  const allowed = useCallback(
    (action: AccessAction, record?: Record<string, unknown>) => {
      if (!getUser) return true;
      return record ? can(getUser(), action, resource, record) : canAny(getUser(), action, resource);
    },
    [getUser, resource],
  );
  return allowed;
}
