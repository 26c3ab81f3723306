import type { CollectionCell } from "../../../domain/duesLedger";
import { escapeFormula } from "../../../schema/cells";
import type { ExportTable } from "../../transfer/exportTable";
import type { CollectionRow } from "./useCollection";

/** A rate as a percentage with one decimal; empty when nothing was owed. */
export const percent = (cell: CollectionCell | undefined) => (cell?.rate === undefined ? "" : (Math.round(cell.rate * 1000) / 10).toFixed(1));

/** The rates as the finance office's sheet: a row per branch, then the hospital's; a column per month. */
export function collectionTable(rows: readonly CollectionRow[], text: { branch: string; hospital: string; month: (m: string) => string; branchName: (id: unknown) => string }): ExportTable {
  const months = rows[0]?.months ?? [];
  return {
    headers: [text.branch, ...months.map(text.month)].map(escapeFormula),
    rows: rows.map((row) => [escapeFormula(row.branchId === null ? text.hospital : text.branchName(row.branchId)), ...months.map((m) => percent(row.cells[m]))]),
  };
}
