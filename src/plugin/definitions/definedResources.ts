import type { ResourceProps } from "@refinedev/core";
import { AUDIT_ACTIONS } from "../../resources/audit-logs/actions";
import { MENU_GROUPS } from "../../resources/manifest";
import { PLUGIN_PREFIX, resourceIdentifier } from "../../schema/i18nKeys";
import type { ResourceDefinition } from "../../schema/definitions";
import { iconFor } from "../icons";

/**
 * Refine resources for the defined resources, like a built-in one's (list, create, edit, show on the
 * plugin's provider, under their menu group), plus a group entry for each group no built-in has.
 */
export function definedResourceProps(definitions: readonly ResourceDefinition[], routePrefix: string, dataProviderName: string, shownGroups: readonly string[]): ResourceProps[] {
  const known = new Set<string>([...MENU_GROUPS.map((g) => g.name), ...shownGroups]);
  const groups: ResourceProps[] = [];
  for (const def of definitions) {
    if (known.has(def.group)) continue;
    known.add(def.group);
    groups.push({ name: `${PLUGIN_PREFIX}-${def.group}`, meta: { icon: iconFor(def.icon), dataProviderName } });
  }
  return [
    ...groups,
    ...definitions.map((def) => {
      const base = `${routePrefix}/${def.id}`;
      return {
        name: resourceIdentifier(def.id),
        list: base,
        create: `${base}/create`,
        edit: `${base}/edit/:id`,
        show: `${base}/show/:id`,
        meta: { dataProviderName, parent: `${PLUGIN_PREFIX}-${def.group}`, icon: iconFor(def.icon), canDelete: true, audit: [...AUDIT_ACTIONS] },
      };
    }),
  ];
}
