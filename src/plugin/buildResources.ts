import type { ResourceProps } from "@refinedev/core";
import { AUDIT_ACTIONS } from "../resources/audit-logs/actions";
import { MENU_GROUPS, SCREEN_MANIFEST, type ResourceEntry, type ScreenEntry } from "../resources/manifest";
import { PLUGIN_PREFIX, resourceIdentifier } from "../schema/i18nKeys";
import { iconFor, menuIconFor } from "./icons";

export const SETTINGS_PATH = "settings";

/** Menu group → the resources listed under it (the settings screen sits under "admin"). */
export function menuGroups(defs: readonly ResourceEntry[], screens: readonly ScreenEntry[] = SCREEN_MANIFEST): Record<string, string[]> {
  const groups: Record<string, string[]> = { admin: ["resource-settings"] };
  for (const def of defs) (groups[def.group] ??= []).push(def.name);
  for (const screen of screens) if (screen.menu !== false) (groups[screen.group] ??= []).push(screen.access ?? screen.name);
  return groups;
}

/** Refine resources: menu groups, one per schema, and the settings screen; all on the plugin's provider. */
export function buildResources(
  defs: readonly ResourceEntry[],
  routePrefix: string,
  dataProviderName: string,
  screens: readonly ScreenEntry[] = SCREEN_MANIFEST,
): ResourceProps[] {
  const groups = MENU_GROUPS.filter((g) => g.name === "admin" || defs.some((d) => d.group === g.name) || screens.some((s) => s.menu !== false && s.group === g.name));
  return [
    ...groups.map((group) => ({
      name: `${PLUGIN_PREFIX}-${group.name}`,
      meta: { icon: iconFor(group.icon), dataProviderName },
    })),
    ...defs.map((def) => {
      const base = `${routePrefix}/${def.name}`;
      const writable = !def.readOnly;
      return {
        name: resourceIdentifier(def.name),
        list: base,
        create: writable ? `${base}/create` : undefined,
        edit: writable ? `${base}/edit/:id` : undefined,
        show: `${base}/show/:id`,
        meta: {
          dataProviderName,
          parent: `${PLUGIN_PREFIX}-${def.group}`,
          icon: menuIconFor(def, dataProviderName),
          canDelete: writable,
          // Refine's auditLogProvider records these; the trail itself is not audited.
          audit: writable ? [...AUDIT_ACTIONS] : [],
        },
      };
    }),
    // Screens: a menu entry each (after the group's resources), or a route only for a page of one record.
    ...screens.map((screen) => ({
      name: resourceIdentifier(screen.name),
      list: screen.record ? undefined : `${routePrefix}/${screen.name}`,
      show: screen.show || screen.record ? `${routePrefix}/${screen.name}/:id` : undefined,
      meta: { dataProviderName, parent: `${PLUGIN_PREFIX}-${screen.group}`, icon: iconFor(screen.icon), canDelete: false, hide: screen.menu === false },
    })),
    {
      name: resourceIdentifier("resource-settings"),
      list: `${routePrefix}/${SETTINGS_PATH}`,
      meta: { dataProviderName, parent: `${PLUGIN_PREFIX}-admin`, icon: iconFor("SettingOutlined") },
    },
  ];
}
