import { readingMinutes } from "../../domain/education";

/** The backend states each article's reading time, so lists can show and sort by it. */
export function deriveReadingMinutes(records: Record<string, unknown>[]): Record<string, unknown>[] {
  return records.map((record) => ({ ...record, readingMinutes: readingMinutes(typeof record.body === "string" ? record.body : "") }));
}
