import type { DataProvider } from "@refinedev/core";
import type { BackendAdapter } from "../data/adapter";
import type { AdapterName } from "../data/createPartyDataProvider";
import type { FieldMap } from "../data/fieldMap";
import type { PartyAuth } from "../data/httpClient";
import type { PartyUser } from "../domain/access";
import type { ResourceOverride } from "../schema/settingsTypes";
import type { SheetReader } from "../views/transfer/readSheetInWorker";

export interface PartyBuildingOptions {
  /** Base URL of the backend. Ignored when `dataProvider` is given. */
  apiUrl?: string;
  /** Any Refine data provider, used as is (resource names arrive as `party-<name>`). */
  dataProvider?: DataProvider;
  /** Where the plugin's pages live. Default `/party`. */
  routePrefix?: string;
  /** The key of the plugin's provider in Refine's `dataProvider` map. Default `party`. */
  dataProviderName?: string;
  /** `getToken` → `Authorization: Bearer …` on every request; `onUnauthorized` → a new token and one retry after a 401. */
  auth?: PartyAuth;
  headers?: Record<string, string>;
  /** A slower answer fails as a timeout (the form keeps what was typed). Default 15000. */
  timeoutMs?: number;
  /** Resource name → path below apiUrl, e.g. `{ members: "/api/v2/dangyuan" }`. */
  endpoints?: Record<string, string>;
  /** Resource name → { ourField: "wireField" }, e.g. `{ members: { name: "xm" } }`; applied both ways. */
  fieldMap?: FieldMap;
  /** The wire format: "simple-rest" (default, json-server), "envelope" ({ code, msg, rows, total }) or your own. */
  adapter?: AdapterName | BackendAdapter;
  /** The signed-in person (roles, branch) for access checks; without it every action is offered. */
  getUser?: () => PartyUser | undefined;
  /**
   * How the import dialog reads a spreadsheet. Default: in the page (exceljs / papaparse, loaded on use).
   * `readSheetInWorker(() => new Worker(…))` keeps the page responsive for big files.
   */
  readSheet?: SheetReader;
  /**
   * The hospital's IANA time zone: "today" for derived fields, warnings and date rules is the date
   * there, as the backend computes it (the mock API: PARTY_TIME_ZONE). Default "Asia/Shanghai".
   */
  timeZone?: string;
  /** Per-resource changes by hospital IT: field patches, hidden fields, order. */
  overrides?: Record<string, ResourceOverride>;
  /**
   * Who writes the audit trail. `"backend"` (default): the backend records every write, reveal and
   * import itself (docs/backend-contract.md), and `auditLogProvider` only reads it. `"client"`: the
   * browser posts the entries, for a backend that keeps no trail of its own — the weaker option,
   * since a write that does not come through the screens leaves no trace.
   */
  auditTrail?: "backend" | "client";
}

export const DEFAULTS = { routePrefix: "/party", dataProviderName: "party" } as const;
