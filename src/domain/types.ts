/** A rule's verdict on one field. `key` is an i18n key (e.g. "party.rules.idNumber.checksum"); params fill its placeholders. */
export interface FieldError {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

/** What a cross-field rule may know besides the record. Dates are ISO "YYYY-MM-DD". */
export interface RuleContext {
  today: string;
  mode: "create" | "edit";
  /** The stored record before this write (edit mode), for transition rules. */
  original?: Record<string, unknown>;
}

export type RecordRule = (record: Record<string, unknown>, ctx: RuleContext) => FieldError[];

/** Read access to stored records, for rules that look beyond the record (relations, uniqueness). */
export interface DataLookup {
  get(resource: string, id: unknown): Record<string, unknown> | undefined;
  all(resource: string): Record<string, unknown>[];
}

/** A rule that needs other records; the mock API runs it with its database, a form through a server round trip. */
export type DataRule = (record: Record<string, unknown>, ctx: RuleContext, data: DataLookup) => FieldError[];
