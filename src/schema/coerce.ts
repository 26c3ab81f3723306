import { toHalfWidth } from "./cells";
import { isNumberKind } from "./defineResource";
import type { FieldDef } from "./types";

const TRUE = new Set(["true", "1", "yes", "y", "是", "√"]);
const FALSE = new Set(["false", "0", "no", "n", "否", "×"]);

/** Finds the option value for a cell that holds either the value or one of its labels. */
export type OptionMatcher = (field: string, text: string) => string | undefined;

function toIsoDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : text;
}

/**
 * A spreadsheet cell (text, number, Date, boolean) → the wire value of a field. What cannot be read
 * is passed on unchanged, so the schema validation rejects it with its usual message.
 */
export function coerceCell(name: string, field: FieldDef, raw: unknown, matchOption: OptionMatcher): unknown {
  if (raw === undefined || raw === null) return null;
  if (raw instanceof Date) return field.kind === "datetime" ? raw.toISOString() : raw.toISOString().slice(0, 10);
  const text = toHalfWidth(String(raw)).trim();
  if (text === "") return null;
  if (isNumberKind(field)) return /^-?\d+(\.\d+)?$/.test(text.replace(/,/g, "")) ? Number(text.replace(/,/g, "")) : text;
  switch (field.kind) {
    case "boolean":
      return TRUE.has(text.toLowerCase()) ? true : FALSE.has(text.toLowerCase()) ? false : text;
    case "date":
      return toIsoDate(text);
    case "enum":
      return matchOption(name, text) ?? text;
    case "multi-enum":
      return text.split(/[,，、;；]/).map((part) => matchOption(name, part.trim()) ?? part.trim());
    case "relation":
      return /^\d+$/.test(text) ? Number(text) : text;
    case "multi-relation":
      return text.split(/[,，、;；]/).map((part) => (/^\d+$/.test(part.trim()) ? Number(part.trim()) : part.trim()));
    case "tags":
      return text.split(/[,，、;；]/).map((part) => part.trim()).filter(Boolean);
    case "id-card":
      return text.toUpperCase();
    default:
      return text;
  }
}
