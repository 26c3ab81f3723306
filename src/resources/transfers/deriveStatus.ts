import { expiryOf, transferStatus } from "../../domain/transfers";

/** The last valid day, and "expired" for an issued letter past it with no receipt. */
export function deriveTransferStatus(records: Record<string, unknown>[], _data: unknown, today: string): Record<string, unknown>[] {
  return records.map((record) => ({ ...record, expiryDate: expiryOf(record) ?? null, status: transferStatus(record, today) }));
}
