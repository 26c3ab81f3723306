import { useResourceParams } from "@refinedev/core";
import { useMemo } from "react";
import { resourceFromIdentifier } from "../../schema/i18nKeys";
import { mergeSchema } from "../../schema/mergeSchema";
import type { EffectiveResource } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { useResourceSettings } from "./useResourceSettings";

/** The effective schema of a resource: built-in ← host overrides ← runtime settings. */
export function useEffectiveResource(name: string): { resource?: EffectiveResource; isLoading: boolean } {
  const config = usePartyConfig();
  const { settings, isLoading } = useResourceSettings(config.dataProviderName);
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
