// Reading loosely typed record values (form state, JSON bodies) into what rules can trust.
// A value of the wrong shape reads as absent: the field-level validator reports it, and a
// cross-field rule only speaks about values it can interpret.
import { isIsoDate } from "./dates";

type Rec = Record<string, unknown>;

/** A valid "YYYY-MM-DD" date, else undefined. */
export function dateOf(record: Rec, field: string): string | undefined {
  const value = record[field];
  return isIsoDate(value) ? value : undefined;
}

/** Trimmed non-empty text, else undefined. */
export function textOf(record: Rec, field: string): string | undefined {
  const value = record[field];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** A finite number, else undefined. */
export function numberOf(record: Rec, field: string): number | undefined {
  const value = record[field];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Ids may be numbers (json-server) or strings (other back ends); compare them as strings. */
export function idKey(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return undefined;
}
