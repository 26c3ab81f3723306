import { useList, useResourceParams } from "@refinedev/core";
import { useMemo } from "react";
import { resourceFromIdentifier, resourceIdentifier } from "../../schema/i18nKeys";
import { mergeSchema } from "../../schema/mergeSchema";
import type { ResourceSettings } from "../../schema/settingsTypes";
import type { EffectiveResource } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";

export const SETTINGS_RESOURCE = resourceIdentifier("resource-settings");
/**
 * Settings change rarely and only through the settings page, which refreshes them at once; others'
 * changes show within five minutes. Moving between pages meanwhile asks for them no more.
 */
const SETTINGS_FRESH_MS = 5 * 60_000;

/** All administrators' runtime settings; fetched once a session and shared through the query cache. */
export function useResourceSettings() {
  const { dataProviderName } = usePartyConfig();
  const { result, query } = useList<ResourceSettings>({
    resource: SETTINGS_RESOURCE,
    dataProviderName,
    pagination: { mode: "off" },
    queryOptions: { staleTime: SETTINGS_FRESH_MS },
    errorNotification: false,
  });
  return { settings: result.data, isLoading: query.isLoading };
}

/** The effective schema of a resource: built-in ← host overrides ← runtime settings. */
export function useEffectiveResource(name: string): { resource?: EffectiveResource; isLoading: boolean } {
  const config = usePartyConfig();
  const { settings, isLoading } = useResourceSettings();
  const resource = useMemo(() => {
    const base = config.resources[name];
    if (!base || isLoading) return undefined;
    return mergeSchema(base, config.overrides[name], settings.find((s) => s.id === name));
  }, [config, name, settings, isLoading]);
  return { resource, isLoading };
}

/** The effective schema of the resource the current route renders. */
export function useCurrentResource() {
  const { identifier } = useResourceParams();
  return useEffectiveResource(resourceFromIdentifier(identifier ?? ""));
}
