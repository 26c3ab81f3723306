import type { DataProvider, ResourceProps } from "@refinedev/core";
import type { i18n as I18n } from "i18next";
import type { ReactElement } from "react";
import { createRestDataProvider } from "../data/createRestDataProvider";
import { registerPartyBundles } from "../i18n/register";
import { builtInResources } from "../resources";
import type { ResourceDef } from "../schema/types";
import type { PartyConfig } from "../views/context/PartyContext";
import { buildResources } from "./buildResources";
import { buildRoutes } from "./buildRoutes";
import { DEFAULTS, type PartyBuildingOptions } from "./options";

export interface PartyBuilding {
  resources: ResourceProps[];
  routes: ReactElement[];
  dataProviders: Record<string, DataProvider>;
  i18n: { register: (i18n: I18n) => void };
  /** The built-in schemas, for hosts that render or document them. */
  schemas: Record<string, ResourceDef>;
}

/** Everything a Refine host needs to embed the plugin; see docs/embedding.md. */
export function createPartyBuilding(options: PartyBuildingOptions): PartyBuilding {
  const routePrefix = (options.routePrefix ?? DEFAULTS.routePrefix).replace(/\/$/, "");
  const dataProviderName = options.dataProviderName ?? DEFAULTS.dataProviderName;
  if (!options.dataProvider && !options.apiUrl) throw new Error("createPartyBuilding needs apiUrl or dataProvider");
  const dataProvider =
    options.dataProvider ??
    createRestDataProvider({
      apiUrl: options.apiUrl!,
      headers: options.headers,
      timeoutMs: options.timeoutMs,
      getToken: options.auth?.getToken,
      endpoints: options.endpoints,
    });
  const schemas = Object.fromEntries(builtInResources.map((def) => [def.name, def]));
  const config: PartyConfig = { resources: schemas, overrides: options.overrides ?? {}, dataProviderName, routePrefix };
  return {
    resources: buildResources(builtInResources, routePrefix, dataProviderName),
    routes: buildRoutes(builtInResources, config),
    dataProviders: { [dataProviderName]: dataProvider },
    i18n: { register: registerPartyBundles },
    schemas,
  };
}
