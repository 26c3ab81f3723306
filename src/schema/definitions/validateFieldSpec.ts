import { LANGUAGES, VIEWS, type FieldError, type LocalizedText } from "../types";
import { validateField } from "../validateField";
import { fieldFromSpec } from "./fieldFromSpec";
import { DEFINABLE_KINDS, type FieldSpecDef } from "./types";

const FIELD_KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;
const OPTION_VALUE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
/** Keys every record carries. */
const SYSTEM_KEYS = ["id", "version", "createdAt", "updatedAt", "createdBy"];

export interface FieldSpecContext {
  /** Resources a relation may point at (built-in ones and definitions). */
  targets: ReadonlySet<string>;
  /** Keys taken by the fields judged before this one; the field's own key is added. */
  seen: Set<string>;
}

const err = (field: string, key: string, params?: FieldError["params"]): FieldError => ({ field, key: `party.lowcode.errors.${key}`, params });
export const bilingual = (label: LocalizedText | undefined) => LANGUAGES.every((lng) => !!label?.[lng]?.trim());
const isCount = (n: unknown) => n === undefined || (typeof n === "number" && Number.isInteger(n) && n >= 0);
const isNumber = (n: unknown) => n === undefined || (typeof n === "number" && Number.isFinite(n));

function boundErrors(path: string, f: FieldSpecDef): FieldError[] {
  const errors: FieldError[] = [];
  if (!isCount(f.minLength) || !isCount(f.maxLength)) errors.push(err(path, "bound", { name: f.key }));
  else if (f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength) errors.push(err(path, "boundOrder", { name: f.key }));
  if (!isNumber(f.min) || !isNumber(f.max)) errors.push(err(path, "bound", { name: f.key }));
  else if (f.min !== undefined && f.max !== undefined && f.min > f.max) errors.push(err(path, "boundOrder", { name: f.key }));
  if (f.pattern !== undefined && f.pattern !== "") {
    try {
      new RegExp(f.pattern, "u");
    } catch {
      errors.push(err(path, "pattern", { name: f.key }));
    }
  }
  return errors;
}

function optionErrors(path: string, f: FieldSpecDef): FieldError[] {
  if (f.kind !== "enum" && f.kind !== "multi-enum") return [];
  if (!f.options?.length) return [err(path, "enumWithoutOptions", { name: f.key })];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const option of f.options) {
    if (!OPTION_VALUE.test(option.value ?? "")) errors.push(err(path, "optionValue", { value: option.value ?? "" }));
    else if (seen.has(option.value)) errors.push(err(path, "optionDuplicate", { value: option.value }));
    else if (!bilingual(option.label)) errors.push(err(path, "optionLabel", { value: option.value }));
    seen.add(option.value);
  }
  return errors;
}

/**
 * What would break a screen or the backend in one declared field, as errors under `path`
 * (`fields.2`, `customFields.0` …): a malformed, reserved or repeated key, an unknown kind, a
 * label missing in one language, a relation to a resource that does not exist, an enum without
 * options, bounds that contradict each other, a default the field itself refuses. Pure: the field
 * editor shows them as you type, the backend answers 422 with the same list.
 */
export function fieldSpecErrors(f: FieldSpecDef, path: string, ctx: FieldSpecContext): FieldError[] {
  const errors: FieldError[] = [];
  const key = typeof f.key === "string" ? f.key : "";
  if (!FIELD_KEY.test(key) || SYSTEM_KEYS.includes(key)) errors.push(err(`${path}.key`, "fieldKey", { name: key }));
  else if (ctx.seen.has(key)) errors.push(err(`${path}.key`, "fieldDuplicate", { name: key }));
  ctx.seen.add(key);
  if (!DEFINABLE_KINDS.includes(f.kind)) return [...errors, err(`${path}.kind`, "kind", { kind: String(f.kind) })];
  if (!bilingual(f.label)) errors.push(err(`${path}.label`, "fieldLabel", { name: key }));
  if (f.help && !bilingual(f.help) && LANGUAGES.some((lng) => f.help?.[lng]?.trim())) errors.push(err(`${path}.help`, "helpLabel", { name: key }));
  if (f.kind === "relation" || f.kind === "multi-relation") {
    if (!f.target || !ctx.targets.has(f.target)) errors.push(err(`${path}.target`, "relationTarget", { name: key, target: f.target ?? "" }));
  }
  if (f.views?.some((view) => !VIEWS.includes(view))) errors.push(err(`${path}.views`, "views", { name: key }));
  errors.push(...boundErrors(`${path}.bounds`, f), ...optionErrors(`${path}.options`, f));
  // A default must itself be a value the field accepts.
  if (f.default !== undefined && f.default !== "" && !errors.length && validateField(key, { ...fieldFromSpec(f), required: false }, f.default)) {
    errors.push(err(`${path}.default`, "default", { name: key }));
  }
  return errors;
}
