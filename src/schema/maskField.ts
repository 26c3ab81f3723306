import { maskValue } from "../domain/mask";
import type { FieldDef } from "./types";

/** The masked text of a sensitive field's value (lists, exports); other values pass through. */
export function maskField(field: FieldDef, value: string): string {
  if (!field.sensitive) return value;
  return maskValue(field.kind === "id-card" ? "id-card" : field.kind === "phone" ? "phone" : "other", value);
}
