import { validateField } from "./validateField";
import type { EffectiveResource, FieldError, RuleContext } from "./types";

/** Fields every record may carry besides its declared ones. */
export const SYSTEM_FIELDS = ["id", "version", "createdAt", "updatedAt"];

export type ErrorMap = Record<string, FieldError[]>;

/**
 * Field checks, then the resource's cross-field rules. A field that already failed its own check
 * is not judged again by a rule, so each field shows its most basic problem first.
 */
export function validateRecord(
  resource: EffectiveResource,
  record: Record<string, unknown>,
  ctx: RuleContext,
  options: { rejectUnknown?: boolean } = {},
): ErrorMap {
  const errors: ErrorMap = {};
  const add = (error: FieldError) => (errors[error.field] ??= []).push(error);

  for (const name of resource.order) {
    const field = resource.fields[name];
    if (field.views && field.views.length === 0) continue; // hidden: neither shown nor demanded
    const error = validateField(name, field, record[name]);
    if (error) add(error);
  }
  if (options.rejectUnknown) {
    for (const name of Object.keys(record)) {
      if (!(name in resource.fields) && !SYSTEM_FIELDS.includes(name)) add({ field: name, key: "party.validation.unknownField" });
    }
  }
  const failed = new Set(Object.keys(errors));
  for (const rule of resource.rules ?? []) {
    for (const error of rule(record, ctx)) if (!failed.has(error.field)) add(error);
  }
  return errors;
}

export const hasErrors = (errors: ErrorMap) => Object.keys(errors).length > 0;
