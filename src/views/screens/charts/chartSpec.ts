// A chart as data: what it draws, its table view, its text summary and its Excel sheet come from
// the same rows. No chart library here: this module is shared with pages' first paint.
import type { ExportTable } from "../../transfer/exportTable";

export interface ChartRow {
  /** The category or period on the x axis. */
  label: string;
  value: number | null;
  /** The series (a colour) when the chart compares several. */
  series?: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  kind: "column" | "bar" | "line";
  rows: ChartRow[];
  /** One or two sentences for screen readers and copying. */
  summary: string;
  /** Table headers: category, series (when there are several), value. */
  headers: { label: string; series?: string; value: string };
  /** A line chart's cut-over: the first period after it is marked. */
  marker?: { at: string; text: string };
}

/** The chart's rows as a table (its table view and its Excel sheet). */
export function chartTable(spec: ChartSpec): ExportTable {
  const withSeries = spec.rows.some((r) => r.series !== undefined);
  return {
    headers: [spec.headers.label, ...(withSeries ? [spec.headers.series ?? ""] : []), spec.headers.value],
    rows: spec.rows.map((r) => [r.label, ...(withSeries ? [r.series ?? ""] : []), r.value === null ? "" : String(r.value)]),
  };
}
