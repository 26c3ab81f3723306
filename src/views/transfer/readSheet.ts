export interface Sheet {
  headers: string[];
  rows: unknown[][];
}

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

export class SheetError extends Error {
  constructor(public readonly key: string, public readonly params: Record<string, number> = {}) {
    super(key);
  }
}

function cellValue(value: unknown): unknown {
  if (value && typeof value === "object") {
    if (value instanceof Date) return value;
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((part) => part.text).join("");
    if ("result" in v) return v.result;
    if (v.text !== undefined) return v.text;
  }
  return value;
}

async function readXlsx(buffer: ArrayBuffer): Promise<unknown[][]> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map(cellValue));
  });
  return rows;
}

async function readCsv(text: string): Promise<unknown[][]> {
  const { default: Papa } = await import("papaparse");
  return Papa.parse<string[]>(text.replace(/^\ufeff/, ""), { skipEmptyLines: true }).data;
}

/** The first sheet of an .xlsx or a .csv file, as a header row and data rows. Libraries load on demand. */
export async function readSheet(file: File): Promise<Sheet> {
  if (file.size > MAX_IMPORT_BYTES) throw new SheetError("party.import.tooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  const isCsv = /\.csv$/i.test(file.name);
  if (!isCsv && !/\.xlsx$/i.test(file.name)) throw new SheetError("party.import.badType");
  const all = isCsv ? await readCsv(await file.text()) : await readXlsx(await file.arrayBuffer());
  if (all.length < 2) throw new SheetError("party.import.empty");
  if (all.length - 1 > MAX_IMPORT_ROWS) throw new SheetError("party.import.tooManyRows", { max: MAX_IMPORT_ROWS });
  return { headers: all[0].map((h) => String(h ?? "").trim()), rows: all.slice(1) };
}
