import type { AccessControlProvider } from "@refinedev/core";
import { canAny, type AccessAction, type PartyUser } from "../domain/access";
import { SCREEN_MANIFEST } from "../resources/manifest";
import { PLUGIN_PREFIX, resourceFromIdentifier } from "../schema/i18nKeys";
import type { DefinitionsSource } from "../views/context/PartyContext";

const ACTIONS = new Set<string>(["list", "show", "create", "edit", "delete"]);
/** Configuration screens open for those who may change what they configure, though everyone reads it. */
const CONFIGURES: Record<string, string> = { "resource-settings": "resource-settings", "resource-designer": "resource-definitions" };

/**
 * Refine asks per resource and action, without the record: answer whether the role could act on
 * some record. Record-level checks (own branch) are made by the pages and, finally, the backend.
 * A defined resource is judged by its own permissions; a menu group of defined resources shows
 * when one of them may be listed.
 */
export function createAccessControl(getUser?: () => PartyUser | undefined, groups: Record<string, string[]> = {}, definitions?: DefinitionsSource): AccessControlProvider {
  const definedIn = (group: string) => (definitions?.getSnapshot().definitions ?? []).filter((d) => d.group === group).map((d) => d.id);
  const may = (action: AccessAction, name: string) => {
    const configured = Object.entries(CONFIGURES).find(([screen]) => screen === name);
    if (configured) return canAny(getUser?.(), "edit", configured[1]);
    return canAny(getUser?.(), action, name, definitions?.permissionsOf(name));
  };
  return {
    can: async ({ resource, action }) => {
      if (!getUser || !resource?.startsWith(`${PLUGIN_PREFIX}-`) || !ACTIONS.has(action)) return { can: true };
      const identified = resourceFromIdentifier(resource);
      // A screen is opened by whoever the rules of the resource it serves let in.
      const screen = SCREEN_MANIFEST.find((entry) => entry.name === identified);
      const name = screen && !CONFIGURES[screen.name] ? (screen.access ?? identified) : identified;
      // A menu group shows when the role may open something in it (Refine would show an empty group).
      const children = [...(groups[name] ?? []), ...definedIn(name)];
      if (name in groups || children.length) return { can: children.some((child) => may("list", child)) };
      const allowed = may(action as AccessAction, name);
      return allowed ? { can: true } : { can: false, reason: "party.errors.forbidden" };
    },
    options: { buttons: { enableAccessControl: true, hideIfUnauthorized: false } },
  };
}
