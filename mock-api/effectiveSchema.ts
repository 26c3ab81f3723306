import { titleLookup } from "../src/schema/definitions";
import { mergeSchema } from "../src/schema/mergeSchema";
import type { ResourceSettings } from "../src/schema/settingsTypes";
import type { DataLookup, EffectiveResource, ResourceDef } from "../src/schema/types";

export const SETTINGS = "resource-settings";

/**
 * A resource as the API judges, masks and audits it: its schema with the administrators' stored
 * settings (custom fields included). `schemas` holds the defined resources too, so a custom
 * relation to one is labelled by its title field.
 */
export function effectiveSchema(schemas: Record<string, ResourceDef>, data: DataLookup, resource: string): EffectiveResource | undefined {
  const base = schemas[resource];
  return base && mergeSchema(base, undefined, data.get(SETTINGS, resource) as ResourceSettings | undefined, titleLookup(schemas, []));
}
