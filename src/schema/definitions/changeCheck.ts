import { isBlank, validateField } from "../validateField";
import type { FieldError } from "../types";
import { definitionField } from "./toResourceDef";
import type { FieldSpecDef, ResourceDefinition } from "./types";

type Rec = Record<string, unknown>;
const err = (field: string, key: string, params?: FieldError["params"]): FieldError => ({ field, key: `party.lowcode.errors.${key}`, params });

/** How many stored records hold a value in the field. */
export const recordsWithValue = (records: readonly Rec[], key: string) => records.filter((r) => !isBlank(r[key])).length;

/**
 * Fields the new definition drops but records still hold values for come back hidden: nothing a
 * person typed is lost, and the values stay in exports of the store. Pure.
 */
export function keepFieldsWithData(before: ResourceDefinition | undefined, after: ResourceDefinition, records: readonly Rec[]): ResourceDefinition {
  if (!before) return after;
  const kept = new Set(after.fields.map((f) => f.key));
  const restored = before.fields.filter((f) => !kept.has(f.key) && recordsWithValue(records, f.key) > 0).map((f) => ({ ...f, hidden: true, required: false }));
  return restored.length ? { ...after, fields: [...after.fields, ...restored] } : after;
}

/** Stored records the changed field would refuse (a new kind, a tighter bound, fewer options, now required). */
function failing(spec: FieldSpecDef, records: readonly Rec[]): number {
  const field = definitionField(spec);
  return records.filter((r) => (isBlank(r[spec.key]) ? !!spec.required && !spec.hidden : !!validateField(spec.key, field, r[spec.key]))).length;
}

/**
 * A change is refused when records already stored would fail the new definition, saying how many;
 * fields whose declaration did not change are not judged again. Pure: the backend runs it on every
 * save, the designer shows its answer.
 */
export function changeErrors(before: ResourceDefinition | undefined, after: ResourceDefinition, records: readonly Rec[]): FieldError[] {
  if (!before || !records.length) return [];
  const old = new Map(before.fields.map((f) => [f.key, f]));
  const errors: FieldError[] = [];
  after.fields.forEach((spec, index) => {
    const previous = old.get(spec.key);
    if (!previous || JSON.stringify(previous) === JSON.stringify(spec)) return;
    const count = failing(spec, records);
    if (!count) return;
    const kindChanged = previous.kind !== spec.kind;
    errors.push(err(`fields.${index}.${kindChanged ? "kind" : "bounds"}`, kindChanged ? "kindBreaksRecords" : "boundBreaksRecords", { name: spec.key, count }));
  });
  return errors;
}
