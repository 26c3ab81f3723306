import type { ComplianceReport, ComplianceRow } from "../../../domain/compliance";
import type { ActivityKind, MonthCompliance } from "../../../domain/organizationalLife";
import type { ExportTable } from "../../transfer/exportTable";

export interface CellText {
  state: (state: string) => string;
  kind: (kind: string) => string;
}

type Month = ComplianceRow["months"][number];

const kindsIn = (cell: MonthCompliance, state: string) =>
  (Object.entries(cell.kinds) as [ActivityKind, { state: string; meetingIds: unknown[] }][]).filter(([, k]) => k.state === state).map(([kind]) => kind);

/** A cell in words: its state, and which kinds were held, missed or are due. */
export function cellWords(cell: Month, text: CellText): string {
  const parts = (["missing", "due", "held"] as const)
    .map((state) => [state, kindsIn(cell, state)] as const)
    .filter(([, kinds]) => kinds.length > 0)
    .map(([state, kinds]) => `${text.state(state)}：${kinds.map(text.kind).join("、")}`);
  return parts.length ? parts.join("；") : text.state("none");
}

/** The short text shown in a cell: the state and, when it counts something, how many kinds. */
export function cellShort(cell: Month, text: CellText): string {
  if (cell.state === "none") return text.state("none");
  const n = kindsIn(cell, cell.state).length;
  return n > 1 ? `${text.state(cell.state)} ${n}` : text.state(cell.state);
}

/** The matrix as rows for the Excel export: one per branch, a column per month, each cell in words. */
export function complianceExport(report: ComplianceReport, headers: { branch: string; type: (t: string) => string; typeLabel: string; month: (m: number) => string; missing: string }, text: CellText): ExportTable {
  return {
    headers: [headers.branch, headers.typeLabel, ...Array.from({ length: 12 }, (_, i) => headers.month(i + 1)), headers.missing],
    rows: report.rows.map((row) => [row.name, headers.type(row.type), ...row.months.map((cell) => cellWords(cell, text)), String(row.missing)]),
  };
}
