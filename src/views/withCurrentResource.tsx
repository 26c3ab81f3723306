import type { ComponentType } from "react";
import type { EffectiveResource } from "../schema/types";
import { useCurrentResource } from "./hooks/useEffectiveResource";
import { PageLoading } from "./PageLoading";

/**
 * A page for whatever resource the route names: it waits for the effective schema (with the
 * administrators' settings), then renders `Page`, fresh per resource.
 */
export function withCurrentResource(Page: ComponentType<{ resource: EffectiveResource }>) {
  return function CurrentResourcePage() {
    const { resource } = useCurrentResource();
    if (!resource) return <PageLoading />;
    return <Page key={resource.name} resource={resource} />;
  };
}
