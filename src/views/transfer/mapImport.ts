import { coerceCell, type OptionMatcher } from "../../schema/coerce";
import { inputFields } from "../../schema/defineResource";
import type { EffectiveResource, FieldError, RuleContext } from "../../schema/types";
import { validateRecord } from "../../schema/validateRecord";
import type { Sheet } from "./readSheet";
import { yieldToBrowser } from "./yieldToBrowser";

export interface ImportRow {
  /** The spreadsheet row number a person sees (header is row 1). */
  rowNumber: number;
  record: Record<string, unknown>;
  errors: FieldError[];
}

/** Matches a header cell to a field: its key, or any of its labels. */
export type HeaderMatcher = (header: string) => string | undefined;

type Args = [resource: EffectiveResource, sheet: Sheet, matchHeader: HeaderMatcher, matchOption: OptionMatcher, ctx: RuleContext];

/** Which field each column fills, and a function that turns one sheet row into a judged record. */
function importer(resource: EffectiveResource, sheet: Sheet, matchHeader: HeaderMatcher, matchOption: OptionMatcher, ctx: RuleContext) {
  const allowed = new Set(inputFields(resource, "create"));
  const columns = sheet.headers.map((header) => {
    const name = matchHeader(header);
    return name && allowed.has(name) ? name : undefined;
  });
  const mapRow = (cells: unknown[], index: number): ImportRow => {
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
  };
  return { columns, mapRow };
}

/** Turns sheet rows into records and judges each with the same schema as the form and the API. */
export function mapImport(...args: Args): { rows: ImportRow[]; columns: (string | undefined)[] } {
  const { columns, mapRow } = importer(...args);
  return { rows: args[1].rows.map(mapRow), columns };
}

/** Rows judged between two yields to the browser: a few tens of milliseconds of work. */
export const CHECK_SLICE = 250;

/**
 * `mapImport` in slices that give the browser its turn between them (input, painting the progress),
 * so thousands of rows never block the page; `onProgress` hears the rows judged so far.
 */
export async function mapImportInSlices(onProgress: (done: number) => void, ...args: Args): Promise<ImportRow[]> {
  const { mapRow } = importer(...args);
  const cells = args[1].rows;
  const rows: ImportRow[] = [];
  for (let start = 0; start < cells.length; start += CHECK_SLICE) {
    for (let index = start; index < Math.min(start + CHECK_SLICE, cells.length); index++) rows.push(mapRow(cells[index], index));
    onProgress(rows.length);
    await yieldToBrowser();
  }
  return rows;
}
