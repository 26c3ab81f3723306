// Every label, option and help text comes from keys derived from names, never from literals.
export const PLUGIN_PREFIX = "party";

/** The Refine resource identifier of a plugin resource; prefixed so a host's own `members` never clashes. */
export const resourceIdentifier = (resource: string) => `${PLUGIN_PREFIX}-${resource}`;
export const resourceFromIdentifier = (identifier: string) =>
  identifier.startsWith(`${PLUGIN_PREFIX}-`) ? identifier.slice(PLUGIN_PREFIX.length + 1) : identifier;

export const keys = {
  /** Refine's own menu-label convention: `<identifier>.<identifier>`. */
  resourceLabel: (resource: string) => `${resourceIdentifier(resource)}.${resourceIdentifier(resource)}`,
  title: (resource: string, action: "list" | "create" | "edit" | "show") =>
    `${resourceIdentifier(resource)}.titles.${action}`,
  field: (resource: string, field: string) => `${resourceIdentifier(resource)}.fields.${field}`,
  option: (resource: string, field: string, value: string) =>
    `${resourceIdentifier(resource)}.options.${field}.${value}`,
  help: (resource: string, field: string) => `${resourceIdentifier(resource)}.help.${field}`,
  group: (group: string) => `${PLUGIN_PREFIX}-${group}.${PLUGIN_PREFIX}-${group}`,
  common: (key: string) => `${PLUGIN_PREFIX}.${key}`,
};
