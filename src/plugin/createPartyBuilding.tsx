import type { AccessControlProvider, AuditLogProvider, DataProvider, ResourceProps } from "@refinedev/core";
import type { i18n as I18n } from "i18next";
import { useEffect, useMemo, useSyncExternalStore, type ReactElement } from "react";
import { createPartyDataProvider } from "../data/createPartyDataProvider";
import { registerPartyBundles } from "../i18n/register";
import { RESOURCE_MANIFEST, SCREEN_MANIFEST } from "../resources/manifest";
import type { ResourceDef } from "../schema/types";
import type { PartyScope } from "../views/context/PartyContext";
import { createAccessControl } from "./accessControl";
import { createAuditLogProvider } from "./auditLogProvider";
import { rememberReads } from "./rememberReads";
import { buildResources, menuGroups } from "./buildResources";
import { buildRoutes } from "./buildRoutes";
import { loadSchemas } from "./pages";
import { writeOnlyFields } from "../schema/writeOnly";
import { preloadPage } from "./preload";
import { DEFAULTS, type PartyBuildingOptions } from "./options";
import { setHospitalTimeZone } from "../views/form/today";
import { createDefinitionsStore } from "./definitions/definitionsStore";
import { definedResourceProps } from "./definitions/definedResources";

export interface PartyBuilding {
  /** The built-in resources (what a host registers before anyone signs in). */
  resources: ResourceProps[];
  /**
   * A hook for the host's component that renders `<Refine>`: the built-in resources plus those the
   * administrators defined, kept current as definitions are saved (pass it as `resources`).
   */
  useResources: () => ResourceProps[];
  routes: ReactElement[];
  dataProviders: Record<string, DataProvider>;
  /**
   * Adds the plugin's strings to the host's i18next: the current language now (await it before the
   * first render), others when switched to (`refineI18nProvider` waits for them).
   */
  i18n: { register: (i18n: I18n) => Promise<void> };
  /** Role rules for Refine's buttons and menu; a host's own resources are always allowed. */
  accessControlProvider: AccessControlProvider;
  /** Reads the audit trail for the detail pages; writes it too when `auditTrail: "client"`. */
  auditLogProvider: AuditLogProvider;
  /**
   * The built-in schemas, for hosts that render or document them. Loaded on demand: they come with
   * the plugin's pages, not with a host's first load.
   */
  loadSchemas: () => Promise<Record<string, ResourceDef>>;
  /**
   * Starts loading the chunks of the plugin page at this address (e.g. `location.pathname`), for a
   * host to call while its own frame loads, so a first visit does not wait for the frame to render
   * the route before asking for the page. Does nothing for other addresses.
   */
  preload: (pathname: string) => void;
}

/** Everything a Refine host needs to embed the plugin; see docs/embedding.md. */
export function createPartyBuilding(options: PartyBuildingOptions): PartyBuilding {
  const routePrefix = (options.routePrefix ?? DEFAULTS.routePrefix).replace(/\/$/, "");
  const dataProviderName = options.dataProviderName ?? DEFAULTS.dataProviderName;
  if (!options.dataProvider && !options.apiUrl) throw new Error("createPartyBuilding needs apiUrl or dataProvider");
  setHospitalTimeZone(options.timeZone);
  const backend =
    options.dataProvider ??
    createPartyDataProvider({
      apiUrl: options.apiUrl!,
      headers: options.headers,
      timeoutMs: options.timeoutMs,
      auth: options.auth,
      endpoints: options.endpoints,
      fieldMap: options.fieldMap,
      adapter: options.adapter,
    });
  const { provider: dataProvider, previous } = rememberReads(backend);
  const definitions = createDefinitionsStore(dataProvider, options.getUser);
  const scope: PartyScope = { overrides: options.overrides ?? {}, dataProviderName, routePrefix, getUser: options.getUser, readSheet: options.readSheet, definitions };
  const resources = buildResources(RESOURCE_MANIFEST, routePrefix, dataProviderName, SCREEN_MANIFEST);
  const shownGroups = resources.filter((r) => !r.meta?.parent).map((r) => r.name.slice("party-".length));
  const useResources = () => {
    const { definitions: defs } = useSyncExternalStore(definitions.subscribe, definitions.getSnapshot);
    const user = options.getUser?.();
    useEffect(() => void definitions.ensure(), [user?.id]);
    return useMemo(() => [...resources, ...definedResourceProps(defs, routePrefix, dataProviderName, shownGroups)], [defs]);
  };
  return {
    resources,
    useResources,
    routes: buildRoutes(RESOURCE_MANIFEST, scope, SCREEN_MANIFEST),
    dataProviders: { [dataProviderName]: dataProvider },
    accessControlProvider: createAccessControl(options.getUser, menuGroups(RESOURCE_MANIFEST, SCREEN_MANIFEST), definitions),
    auditLogProvider: createAuditLogProvider(dataProvider, previous, options.auditTrail ?? "backend", async (name) => writeOnlyFields((await loadSchemas())[name])),
    i18n: {
      register: (i18n) => {
        definitions.attach(i18n);
        return registerPartyBundles(i18n);
      },
    },
    loadSchemas,
    preload: (pathname) => preloadPage(pathname, routePrefix, RESOURCE_MANIFEST.map((entry) => entry.name)),
  };
}
