import { lazy, type ComponentType } from "react";
import type { ResourceDef } from "../schema/types";
import { PartyContext, type PartyConfig, type PartyScope } from "../views/context/PartyContext";

export const loadSchemas = () => import("./schemas").then((m) => m.builtInSchemas);

// One full configuration per host scope, so the context value keeps its identity across renders.
const configs = new WeakMap<PartyScope, PartyConfig>();
function withSchemas(scope: PartyScope, resources: Record<string, ResourceDef>): PartyConfig {
  let config = configs.get(scope);
  if (!config) configs.set(scope, (config = { ...scope, resources }));
  return config;
}

/** A page's chunk and the schemas load together, then the page renders inside the plugin's context. */
export function page(load: () => Promise<{ default: ComponentType }>) {
  return lazy(async () => {
    const [{ default: Page }, resources] = await Promise.all([load(), loadSchemas()]);
    return {
      default: ({ scope }: { scope: PartyScope }) => (
        <PartyContext.Provider value={withSchemas(scope, resources)}>
          <Page />
        </PartyContext.Provider>
      ),
    };
  });
}

// Every page is its own chunk: a host pays for none of them, nor for the schemas, until a person opens one.
export const pages = {
  list: page(() => import("../views/list/ListPage")),
  form: page(() => import("../views/form/FormPage")),
  show: page(() => import("../views/show/ShowPage")),
  settings: page(() => import("../views/settings/SettingsPage")),
};
