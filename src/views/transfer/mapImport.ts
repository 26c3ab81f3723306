import { coerceCell, type OptionMatcher } from "../../schema/coerce";
import { inputFields } from "../../schema/defineResource";
import type { EffectiveResource, FieldError, RuleContext } from "../../schema/types";
import { validateRecord } from "../../schema/validateRecord";
import type { Sheet } from "./readSheet";

export interface ImportRow {
  /** The spreadsheet row number a person sees (header is row 1). */
  rowNumber: number;
  record: Record<string, unknown>;
  errors: FieldError[];
}

/** Matches a header cell to a field: its key, or any of its labels. */
export type HeaderMatcher = (header: string) => string | undefined;

/** Turns sheet rows into records and judges each with the same schema as the form and the API. */
export function mapImport(
  resource: EffectiveResource,
  sheet: Sheet,
  matchHeader: HeaderMatcher,
  matchOption: OptionMatcher,
  ctx: RuleContext,
): { rows: ImportRow[]; columns: (string | undefined)[] } {
  const allowed = new Set(inputFields(resource, "create"));
  const columns = sheet.headers.map((header) => {
    const name = matchHeader(header);
    return name && allowed.has(name) ? name : undefined;
  });
  const rows = sheet.rows.map((cells, index) => {
    const record: Record<string, unknown> = {};
    columns.forEach((name, col) => {
      if (name) record[name] = coerceCell(name, resource.fields[name], cells[col], matchOption);
    });
    for (const name of allowed) {
      const field = resource.fields[name];
      if ((record[name] === undefined || record[name] === null) && field.default !== undefined) record[name] = field.default;
    }
    const errors = Object.values(validateRecord(resource, record, ctx)).flat();
    return { rowNumber: index + 2, record, errors };
  });
  return { rows, columns };
}
