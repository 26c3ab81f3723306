import { useResourceParams } from "@refinedev/core";
import { useMemo } from "react";
import { definitionToResource, titleLookup } from "../../schema/definitions/toResourceDef";
import { resourceFromIdentifier } from "../../schema/i18nKeys";
import { mergeSchema } from "../../schema/mergeSchema";
import type { EffectiveResource } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { useDefinitions } from "./useDefinitions";
import { useResourceSettings } from "./useResourceSettings";

/**
 * The effective schema of a resource: built-in ← host overrides ← runtime settings; a resource an
 * administrator defined is turned into the same shape from its definition.
 */
export function useEffectiveResource(name: string): { resource?: EffectiveResource; isLoading: boolean } {
  const config = usePartyConfig();
  const { settings, isLoading } = useResourceSettings(config.dataProviderName);
  const { definitions, loaded } = useDefinitions();
  const resource = useMemo(() => {
    const defined = config.resources[name] ? undefined : definitions.find((d) => d.id === name);
    const titleOf = titleLookup(config.resources, definitions);
    const base = config.resources[name] ?? (defined && definitionToResource(defined, titleOf));
    if (!base || isLoading) return undefined;
    return mergeSchema(base, config.overrides[name], settings.find((s) => s.id === name), titleOf);
  }, [config, name, settings, isLoading, definitions]);
  return { resource, isLoading: isLoading || (!config.resources[name] && !loaded) };
}

/** The effective schema of the resource the current route renders. */
export function useCurrentResource() {
  const { identifier } = useResourceParams();
  return useEffectiveResource(resourceFromIdentifier(identifier ?? ""));
}
