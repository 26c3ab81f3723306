import type { DataProvider } from "@refinedev/core";
import type { RestOptions } from "../data/createRestDataProvider";
import type { ResourceOverride } from "../schema/settingsTypes";

export interface PartyBuildingOptions {
  /** Base URL of the backend (json-server / simple-rest conventions). Ignored when `dataProvider` is given. */
  apiUrl?: string;
  /** Any Refine data provider, used as is (resource names arrive as `party-<name>`). */
  dataProvider?: DataProvider;
  /** Where the plugin's pages live. Default `/party`. */
  routePrefix?: string;
  /** The key of the plugin's provider in Refine's `dataProvider` map. Default `party`. */
  dataProviderName?: string;
  auth?: { getToken: RestOptions["getToken"] };
  headers?: RestOptions["headers"];
  timeoutMs?: RestOptions["timeoutMs"];
  endpoints?: RestOptions["endpoints"];
  /** Per-resource changes by hospital IT: field patches, hidden fields, order. */
  overrides?: Record<string, ResourceOverride>;
}

export const DEFAULTS = { routePrefix: "/party", dataProviderName: "party" } as const;
