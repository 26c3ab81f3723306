import type { ComponentType } from "react";
import type { EffectiveResource } from "../schema/types";
import { useCurrentResource } from "./hooks/useEffectiveResource";
import { usePartyConfig } from "./context/PartyContext";
import { NotFoundResult } from "./NotFoundResult";
import { PageLoading } from "./PageLoading";

/**
 * A page for whatever resource the route names: it waits for the effective schema (with the
 * administrators' settings), then renders `Page`, fresh per resource.
 */
export function withCurrentResource(Page: ComponentType<{ resource: EffectiveResource }>) {
  return function CurrentResourcePage() {
    const { resource, isLoading } = useCurrentResource();
    const { routePrefix } = usePartyConfig();
    // An address under the plugin that names no resource (a deleted definition, a typo).
    if (!resource && !isLoading) return <NotFoundResult listPath={routePrefix} />;
    if (!resource) return <PageLoading />;
    return <Page key={resource.name} resource={resource} />;
  };
}
