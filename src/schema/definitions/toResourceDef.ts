import { defaultPermissions, namesBranch, type ResourcePermissions } from "../../domain/permissions";
import { withOwner } from "../ownerField";
import type { FieldDef, ResourceDef } from "../types";
import { fieldFromSpec, type TitleOf } from "./fieldFromSpec";
import type { ResourceDefinition } from "./types";

const HIDDEN: FieldDef["views"] = [];

/** The permissions a definition's records are guarded by (stored ones, else the defaults). */
export function definitionPermissions(def: ResourceDefinition): ResourcePermissions {
  if (def.permissions) return def.permissions;
  const branch = def.fields.find((f) => namesBranch(f) && !f.hidden);
  return defaultPermissions(branch?.key);
}

/**
 * A stored definition as a ResourceDef: the generic list, form, detail page, export, import and the
 * mock API's validation all take it like a built-in schema. Pure.
 */
export function definitionToResource(def: ResourceDefinition, titleOf: TitleOf = () => undefined): ResourceDef {
  const fields: Record<string, FieldDef> = {};
  for (const spec of def.fields) fields[spec.key] = fieldFromSpec(spec, titleOf);
  fields.version = { kind: "number", readOnly: true, views: HIDDEN };
  return {
    name: def.id,
    group: def.group,
    icon: def.icon,
    fields: withOwner(fields),
    order: def.fields.map((f) => f.key),
    titleField: def.titleField,
    defaultSort: def.defaultSort ? [def.defaultSort] : undefined,
  };
}

/** Title fields from the built-in schemas and the definitions, for relations' labels. */
export const titleLookup =
  (schemas: Record<string, { titleField: string }>, definitions: readonly ResourceDefinition[]): TitleOf =>
  (target) =>
    schemas[target]?.titleField ?? definitions.find((d) => d.id === target)?.titleField;
