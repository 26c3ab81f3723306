import type { ResourceProps } from "@refinedev/core";
import { AUDIT_ACTIONS } from "../resources/audit-logs/actions";
import { MENU_GROUPS, SCREEN_MANIFEST, type ResourceEntry } from "../resources/manifest";
import { PLUGIN_PREFIX, resourceIdentifier } from "../schema/i18nKeys";
import { iconFor } from "./icons";

export const SETTINGS_PATH = "settings";

/** Menu group → the resources listed under it (the settings screen sits under "admin"). */
export function menuGroups(defs: readonly ResourceEntry[]): Record<string, string[]> {
  const groups: Record<string, string[]> = { admin: ["resource-settings"] };
  for (const def of defs) (groups[def.group] ??= []).push(def.name);
  for (const screen of SCREEN_MANIFEST) if (screen.menu) (groups[screen.group] ??= []).push(screen.access);
  return groups;
}

/** Refine resources: menu groups, one per schema, and the settings screen; all on the plugin's provider. */
export function buildResources(defs: readonly ResourceEntry[], routePrefix: string, dataProviderName: string): ResourceProps[] {
  const groups = MENU_GROUPS.filter((g) => g.name === "admin" || defs.some((d) => d.group === g.name) || SCREEN_MANIFEST.some((s) => s.menu && s.group === g.name));
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
          icon: iconFor(def.icon),
          canDelete: writable,
          // Refine's auditLogProvider records these; the trail itself is not audited.
          audit: writable ? [...AUDIT_ACTIONS] : [],
        },
      };
    }),
    // Screens: a menu entry each (listed after the group's resources), or a route only for a page of one record.
    ...SCREEN_MANIFEST.map((screen) => ({
      name: resourceIdentifier(screen.name),
      list: screen.record ? undefined : `${routePrefix}/${screen.name}`,
      show: screen.record ? `${routePrefix}/${screen.name}/:id` : undefined,
      meta: { dataProviderName, parent: `${PLUGIN_PREFIX}-${screen.group}`, icon: iconFor(screen.icon), hide: !screen.menu },
    })),
    {
      name: resourceIdentifier("resource-settings"),
      list: `${routePrefix}/${SETTINGS_PATH}`,
      meta: { dataProviderName, parent: `${PLUGIN_PREFIX}-admin`, icon: iconFor("SettingOutlined") },
    },
  ];
}
