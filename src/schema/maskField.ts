import { maskValue } from "../domain/mask";
import type { FieldDef } from "./types";

/** The masked text of a sensitive field's value (lists, exports); other values pass through. */
export function maskField(field: FieldDef, value: string): string {
  if (!field.sensitive) return value;
  return maskValue(field.kind === "id-card" ? "id-card" : field.kind === "phone" ? "phone" : "other", value);
}

/**
 * A sensitive value an edit form shows as it came: masked by the backend. It is left as it is
 * stored, so it is neither judged by the form nor sent; typing a whole new value replaces it.
 */
export function keepsStoredValue(field: FieldDef, value: unknown, original: Record<string, unknown> | undefined, name: string): boolean {
  return !!field.sensitive && original !== undefined && value !== undefined && value !== null && value !== "" && value === original[name];
}
