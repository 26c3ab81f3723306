import type { AccessControlProvider } from "@refinedev/core";
import { canAny, type AccessAction, type PartyUser } from "../domain/access";
import { SCREEN_MANIFEST } from "../resources/manifest";
import { PLUGIN_PREFIX, resourceFromIdentifier } from "../schema/i18nKeys";

const ACTIONS = new Set<string>(["list", "show", "create", "edit", "delete"]);

/**
 * Refine asks per resource and action, without the record: answer whether the role could act on
 * some record. Record-level checks (own branch) are made by the pages and, finally, the backend.
 */
export function createAccessControl(getUser?: () => PartyUser | undefined, groups: Record<string, string[]> = {}): AccessControlProvider {
  return {
    can: async ({ resource, action }) => {
      if (!getUser || !resource?.startsWith(`${PLUGIN_PREFIX}-`) || !ACTIONS.has(action)) return { can: true };
      const identified = resourceFromIdentifier(resource);
      // A screen is opened by whoever the rules of the resource it serves let in.
      const name = SCREEN_MANIFEST.find((screen) => screen.name === identified)?.access ?? identified;
      // A menu group shows when the role may open something in it (Refine would show an empty group).
      if (name in groups) return { can: groups[name].some((child) => canAny(getUser(), child === "resource-settings" ? "edit" : "list", child)) };
      // The settings screen is for those who may change settings, though everyone reads them.
      const asked = name === "resource-settings" ? "edit" : (action as AccessAction);
      const allowed = canAny(getUser(), asked, name);
      return allowed ? { can: true } : { can: false, reason: "party.errors.forbidden" };
    },
    options: { buttons: { enableAccessControl: true, hideIfUnauthorized: false } },
  };
}
