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
