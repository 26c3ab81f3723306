import type { ResourceDef } from "../schema/types";
import type { PartyConfig, PartyScope } from "../views/context/PartyContext";

// One full configuration per host scope, so the context value keeps its identity across renders.
const configs = new WeakMap<PartyScope, PartyConfig>();

/** The plugin's context for a host scope once the schemas are loaded. */
export function withSchemas(scope: PartyScope, resources: Record<string, ResourceDef>): PartyConfig {
  let config = configs.get(scope);
  if (!config) configs.set(scope, (config = { ...scope, resources }));
  return config;
}
