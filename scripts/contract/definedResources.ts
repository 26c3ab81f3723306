import { builtInResources } from "../../src/resources";
import { definitionToResource, DEFINITIONS_RESOURCE, titleLookup, type ResourceDefinition } from "../../src/schema/definitions";
import type { ResourceDef } from "../../src/schema/types";

/** A backend's current resource definitions as schemas (`GET /resource-definitions`), for the contract. */
export async function fetchDefinedResources(apiUrl: string, token?: string): Promise<ResourceDef[]> {
  const res = await fetch(`${apiUrl.replace(/\/$/, "")}/${DEFINITIONS_RESOURCE}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`GET /${DEFINITIONS_RESOURCE} answered ${res.status}`);
  const definitions = (await res.json()) as ResourceDefinition[];
  const titleOf = titleLookup(Object.fromEntries(builtInResources.map((def) => [def.name, def])), definitions);
  return definitions.map((def) => definitionToResource(def, titleOf));
}
