import { withOwner } from "./ownerField";
import type { EffectiveResource, FieldDef, ResourceDef, ViewName } from "./types";

/**
 * Declares a resource once; every view, rule and the mock API derive from it. Records people write
 * (not a read-only or computed list) carry their creator, so a role may be given its own records.
 */
export function defineResource(def: ResourceDef): ResourceDef {
  for (const [name, field] of Object.entries(def.fields)) {
    if ((field.kind === "enum" || field.kind === "multi-enum") && !field.values?.length) {
      throw new Error(`${def.name}.${name}: an enum needs values`);
    }
    if ((field.kind === "relation" || field.kind === "multi-relation") && !field.target) {
      throw new Error(`${def.name}.${name}: a relation needs a target`);
    }
  }
  if (!def.fields[def.titleField]) throw new Error(`${def.name}: titleField ${def.titleField} is not a field`);
  return def.readOnly || def.compute ? def : { ...def, fields: withOwner(def.fields) };
}

/** Declared order first, then the remaining fields in declaration order. */
export function resolveOrder(fields: Record<string, FieldDef>, order: readonly string[] = []): string[] {
  const known = order.filter((name) => name in fields);
  return [...new Set([...known, ...Object.keys(fields)])];
}

export function shows(field: FieldDef, view: ViewName): boolean {
  return !field.views || field.views.includes(view);
}

/** Field names shown in a view, in order. */
export function fieldsFor(resource: EffectiveResource, view: ViewName): string[] {
  return resource.order.filter((name) => shows(resource.fields[name], view));
}

/** Fields a person types into (create/edit), excluding server-managed ones. */
export function inputFields(resource: EffectiveResource, view: "create" | "edit"): string[] {
  return fieldsFor(resource, view).filter((name) => !resource.fields[name].readOnly);
}

export const isRelation = (field: FieldDef) => field.kind === "relation" || field.kind === "multi-relation";
/** Fields whose values point at records of `target` (relations, and a roster's members). */
export const refersToRecords = (field: FieldDef) => isRelation(field) || field.kind === "roster" || (field.kind === "items" && !!field.target);

/** The sub-fields of an `items` entry that point at the field's target. */
const itemRelations = (field: FieldDef) =>
  Object.entries(field.item ?? {}).filter(([, sub]) => sub.kind === "relation" && sub.target === field.target).map(([name]) => name);

/** The ids a value points at: one, several, or a roster's members. */
export function referencedIds(field: FieldDef, value: unknown): (string | number)[] {
  if (value === null || value === undefined || value === "") return [];
  const list = Array.isArray(value) ? value : [value];
  const ids =
    field.kind === "roster"
      ? list.map((entry) => (entry as { memberId?: unknown })?.memberId)
      : field.kind === "items"
        ? list.flatMap((entry) => itemRelations(field).map((sub) => (entry as Record<string, unknown>)?.[sub]))
        : list;
  return ids.filter((id): id is string | number => typeof id === "string" || typeof id === "number");
}
export const isEnum = (field: FieldDef) => field.kind === "enum" || field.kind === "multi-enum";
export const isDateKind = (field: FieldDef) => field.kind === "date" || field.kind === "datetime";
export const isNumberKind = (field: FieldDef) =>
  field.kind === "number" || field.kind === "money" || field.kind === "percent" || field.kind === "rating";
export const isMulti = (field: FieldDef) =>
  field.kind === "multi-enum" || field.kind === "multi-relation" || field.kind === "tags";
