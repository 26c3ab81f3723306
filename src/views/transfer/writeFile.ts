import type { ExportTable } from "./exportTable";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An .xlsx workbook of one sheet; exceljs is loaded only now. */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<Blob> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => (column.width = 16));
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}

/** An .xlsx workbook of several sheets (a dashboard's figures, a comparison and its values). */
export async function toXlsxSheets(sheets: readonly { name: string; table: ExportTable }[]): Promise<Blob> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const { name, table } of sheets) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
    let title = name.replace(/[:\\/?*[\]]/g, " ").slice(0, 28) || "Sheet";
    for (let i = 2; used.has(title); i++) title = `${title.slice(0, 26)}-${i}`;
    used.add(title);
    const sheet = workbook.addWorksheet(title);
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column) => (column.width = 16));
  }
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}

/** A UTF-8 CSV with a BOM so Excel opens the Chinese correctly; papaparse is loaded only now. */
export async function toCsv(table: ExportTable): Promise<Blob> {
  const { default: Papa } = await import("papaparse");
  return new Blob(["\ufeff", Papa.unparse({ fields: table.headers, data: table.rows })], { type: "text/csv;charset=utf-8" });
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
