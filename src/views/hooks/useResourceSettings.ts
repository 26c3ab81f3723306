import { useList } from "@refinedev/core";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { ResourceSettings } from "../../schema/settingsTypes";

export const SETTINGS_RESOURCE = resourceIdentifier("resource-settings");
/**
 * Settings change rarely and only through the settings page, which refreshes them at once; others'
 * changes show within five minutes. Moving between pages meanwhile asks for them no more.
 */
const SETTINGS_FRESH_MS = 5 * 60_000;

/**
 * All administrators' runtime settings; fetched once a session and shared through the query cache.
 * Kept apart from the schema code so a route can start the request before its page's chunk arrives.
 */
export function useResourceSettings(dataProviderName: string) {
  const { result, query } = useList<ResourceSettings>({
    resource: SETTINGS_RESOURCE,
    dataProviderName,
    pagination: { mode: "off" },
    queryOptions: { staleTime: SETTINGS_FRESH_MS },
    errorNotification: false,
  });
  return { settings: result.data, isLoading: query.isLoading };
}
