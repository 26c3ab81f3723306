import { defaultPermissions, OWNER_FIELD, type ResourcePermissions } from "../../domain/permissions";
import type { FieldDef, ResourceDef } from "../types";
import type { FieldSpecDef, ResourceDefinition } from "./types";

const HIDDEN: FieldDef["views"] = [];

/** The field that names a record of a relation's target (its schema's or definition's title field). */
export type TitleOf = (target: string) => string | undefined;

/** One defined field as an engine field: the same declaration the built-in resources use. */
export function definitionField(spec: FieldSpecDef, titleOf: TitleOf = () => undefined): FieldDef {
  const enumKind = spec.kind === "enum" || spec.kind === "multi-enum";
  const relation = spec.kind === "relation" || spec.kind === "multi-relation";
  return {
    kind: spec.kind,
    required: spec.hidden ? false : spec.required,
    default: spec.default === "" ? undefined : spec.default,
    minLength: spec.minLength,
    maxLength: spec.maxLength ?? (spec.kind === "text" ? 200 : spec.kind === "textarea" ? 2000 : undefined),
    min: spec.min,
    max: spec.max,
    pattern: spec.pattern || undefined,
    values: enumKind ? (spec.options ?? []).map((o) => o.value) : undefined,
    optionLabels: enumKind ? Object.fromEntries((spec.options ?? []).map((o) => [o.value, o.label])) : undefined,
    target: relation ? spec.target : undefined,
    labelField: relation && spec.target ? titleOf(spec.target) : undefined,
    sensitive: spec.sensitive,
    views: spec.hidden ? HIDDEN : spec.views,
    filter: spec.filter,
    sort: spec.sort,
    search: spec.search,
    label: spec.label,
    help: !!spec.help && Object.values(spec.help).some((text) => !!text?.trim()),
    custom: true,
  };
}

/** The permissions a definition's records are guarded by (stored ones, else the defaults). */
export function definitionPermissions(def: ResourceDefinition): ResourcePermissions {
  if (def.permissions) return def.permissions;
  const branch = def.fields.find((f) => f.kind === "relation" && f.target === "branches" && !f.hidden);
  return defaultPermissions(branch?.key);
}

/**
 * A stored definition as a ResourceDef: the generic list, form, detail page, export, import and the
 * mock API's validation all take it like a built-in schema. Pure.
 */
export function definitionToResource(def: ResourceDefinition, titleOf: TitleOf = () => undefined): ResourceDef {
  const fields: Record<string, FieldDef> = {};
  for (const spec of def.fields) fields[spec.key] = definitionField(spec, titleOf);
  // Stamped by the backend (scope "own"); shown nowhere, never typed.
  fields[OWNER_FIELD] = { kind: "text", readOnly: true, views: HIDDEN };
  fields.version = { kind: "number", readOnly: true, views: HIDDEN };
  return {
    name: def.id,
    group: def.group,
    icon: def.icon,
    fields,
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
