import { isValidIdChecksum, isValidIdFormat } from "../domain/idCard";
import { isValidMobile } from "../domain/phone";
import type { FieldDef, FieldError } from "./types";

const v = (key: string) => `party.validation.${key}`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAG_MAX = 20;
const LOG_NOTE_MAX = 500;

export const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

export function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isId = (value: unknown) =>
  (typeof value === "number" && Number.isInteger(value) && value > 0) ||
  (typeof value === "string" && value.trim() !== "");

function checkText(value: unknown, field: FieldDef): { key: string; params?: FieldError["params"] } | undefined {
  if (typeof value !== "string") return { key: v("text") };
  const text = value.trim();
  if (field.minLength !== undefined && text.length < field.minLength) return { key: v("minLength"), params: { count: field.minLength } };
  if (field.maxLength !== undefined && text.length > field.maxLength) return { key: v("maxLength"), params: { count: field.maxLength } };
  if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, "u").test(text)) return { key: v("pattern") };
  if (field.kind === "phone" && !isValidMobile(text)) return { key: v("phone") };
  if (field.kind === "id-card") {
    if (!isValidIdFormat(text)) return { key: v("idFormat") };
    if (!isValidIdChecksum(text)) return { key: v("idChecksum") };
  }
  if (field.kind === "email" && !EMAIL.test(text)) return { key: v("email") };
  return undefined;
}

function checkNumber(value: unknown, field: FieldDef): { key: string; params?: FieldError["params"] } | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return { key: v("number") };
  const min = field.min ?? (field.kind === "money" || field.kind === "percent" ? 0 : field.kind === "rating" ? 1 : undefined);
  const max = field.max ?? (field.kind === "percent" ? 100 : field.kind === "rating" ? 5 : undefined);
  if (field.kind === "rating" && !Number.isInteger(value)) return { key: v("integer") };
  // Compare in cents with a tolerance: 19.99 * 100 is 1998.9999999999998 in floating point.
  if (field.kind === "money" && Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return { key: v("cents") };
  if (min !== undefined && value < min) return { key: v("min"), params: { min } };
  if (max !== undefined && value > max) return { key: v("max"), params: { max } };
  return undefined;
}

function checkCount(value: unknown[], field: FieldDef): { key: string; params?: FieldError["params"] } | undefined {
  if (field.minLength !== undefined && value.length < field.minLength) return { key: v("minItems"), params: { min: field.minLength } };
  if (field.maxLength !== undefined && value.length > field.maxLength) return { key: v("maxItems"), params: { max: field.maxLength } };
  return undefined;
}

/** Each entry an object whose sub-fields pass their own checks; the first bad row is named. */
function checkItems(value: unknown, field: FieldDef): { key: string; params?: FieldError["params"] } | undefined {
  if (!Array.isArray(value)) return { key: v("items"), params: { row: 1 } };
  for (const [index, entry] of value.entries()) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return { key: v("items"), params: { row: index + 1 } };
    for (const [sub, def] of Object.entries(field.item ?? {})) {
      const found = validateField(sub, def, (entry as Record<string, unknown>)[sub]);
      if (found) return { key: v("itemsRow"), params: { row: index + 1, ...found.params } };
    }
  }
  return checkCount(value, field);
}

/** The first problem with one value, judged by its field declaration alone. */
export function validateField(name: string, field: FieldDef, value: unknown): FieldError | undefined {
  if (field.readOnly) return undefined;
  if (isBlank(value)) return field.required ? { field: name, key: v("required") } : undefined;
  const found = checkValue(value, field);
  return found && { field: name, ...found };
}

function checkValue(value: unknown, field: FieldDef): { key: string; params?: FieldError["params"] } | undefined {
  switch (field.kind) {
    case "text":
    case "textarea":
    case "phone":
    case "id-card":
    case "email":
      return checkText(value, field);
    case "number":
    case "money":
    case "percent":
    case "rating":
      return checkNumber(value, field);
    case "date":
      return typeof value === "string" && isRealDate(value) ? undefined : { key: v("date") };
    case "datetime":
      return typeof value === "string" && !Number.isNaN(Date.parse(value)) && isRealDate(value.slice(0, 10))
        ? undefined
        : { key: v("datetime") };
    case "enum":
      return typeof value === "string" && field.values?.includes(value) ? undefined : { key: v("enum") };
    case "multi-enum":
      if (!Array.isArray(value) || value.some((item) => !field.values?.includes(item))) return { key: v("enum") };
      return checkCount(value, field);
    case "boolean":
      return typeof value === "boolean" ? undefined : { key: v("boolean") };
    case "relation":
      return isId(value) ? undefined : { key: v("relation") };
    case "multi-relation":
      if (!Array.isArray(value) || !value.every(isId)) return { key: v("relation") };
      return checkCount(value, field);
    case "roster":
      if (
        !Array.isArray(value) ||
        !value.every((entry) => entry && typeof entry === "object" && isId(entry.memberId) && field.values?.includes(entry.role))
      ) {
        return { key: v("roster") };
      }
      return checkCount(value, field);
    case "log":
      if (
        !Array.isArray(value) ||
        !value.every((entry) => entry && typeof entry === "object" && typeof entry.date === "string" && isRealDate(entry.date) && typeof entry.note === "string" && entry.note.trim() !== "" && entry.note.length <= LOG_NOTE_MAX)
      ) {
        return { key: v("log"), params: { max: LOG_NOTE_MAX } };
      }
      return checkCount(value, field);
    case "diff":
      return Array.isArray(value) && value.every((c) => c && typeof c === "object" && typeof c.field === "string")
        ? undefined
        : { key: v("diff") };
    case "items":
      return checkItems(value, field);
    case "tags":
      if (!Array.isArray(value) || value.some((tag) => typeof tag !== "string" || tag.trim() === "" || tag.length > TAG_MAX)) {
        return { key: v("tags"), params: { max: TAG_MAX } };
      }
      return checkCount(value, field);
  }
}
