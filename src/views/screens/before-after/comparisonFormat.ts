// How the comparison's figures are written, on the screen and in the Excel file alike.
import type { IndicatorComparisonRow } from "../../../domain/indicatorComparison";
import { periodStart } from "../../../domain/indicators";
import type { ExportTable } from "../../transfer/exportTable";
import type { ChartSpec } from "../charts/chartSpec";

type T = (key: string, options?: Record<string, unknown>) => string;

/** Figures to a precision a reader can use: more decimals for small magnitudes. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  const abs = Math.abs(n);
  return abs >= 1000 ? n.toFixed(0) : abs >= 10 ? n.toFixed(1) : n.toFixed(2);
}

export const formatPercent = (n: number | null) => (n === null ? "—" : `${n > 0 ? "+" : ""}${n.toFixed(1)}%`);

/** p-values as journals write them: three decimals, "< 0.001" below that. */
export const formatP = (p: number | null | undefined) => (p === null || p === undefined ? "—" : p < 0.001 ? "< 0.001" : p.toFixed(3));

export type ResultKey = "significant" | "notSignificant" | "tooFew" | "noTest";

export function resultOf(row: IndicatorComparisonRow): ResultKey {
  if (row.tooFew) return "tooFew";
  if (!row.welch) return "noTest";
  return row.significant ? "significant" : "notSignificant";
}

export const COMPARISON_COLUMNS = [
  "indicator",
  "group",
  "unit",
  "nBefore",
  "meanBefore",
  "sdBefore",
  "nAfter",
  "meanAfter",
  "sdAfter",
  "change",
  "welchT",
  "welchDf",
  "welchP",
  "mannWhitneyU",
  "mannWhitneyP",
  "result",
] as const;

/** One row's cells, in COMPARISON_COLUMNS order. */
export function comparisonCells(row: IndicatorComparisonRow, t: T, group: (g: string) => string): string[] {
  return [
    row.name,
    group(row.group),
    row.unit,
    String(row.before.n),
    formatNumber(row.before.mean),
    formatNumber(row.before.sd),
    String(row.after.n),
    formatNumber(row.after.mean),
    formatNumber(row.after.sd),
    formatPercent(row.changePercent),
    row.welch ? row.welch.t.toFixed(3) : "—",
    row.welch ? row.welch.df.toFixed(1) : "—",
    formatP(row.welch?.p),
    row.mannWhitney ? String(row.mannWhitney.u) : "—",
    formatP(row.mannWhitney?.p),
    t(`party.beforeAfter.result.${resultOf(row)}`),
  ];
}

/** The whole comparison for Excel: the figures, then every value with its side. */
export function comparisonSheets(rows: readonly IndicatorComparisonRow[], t: T, group: (g: string) => string, cutOver: string): { name: string; table: ExportTable }[] {
  const headers = COMPARISON_COLUMNS.map((c) => t(`party.beforeAfter.columns.${c}`));
  const values: ExportTable = {
    headers: [t("party.beforeAfter.columns.indicator"), t("party.beforeAfter.period"), t("party.beforeAfter.side"), t("party.beforeAfter.value")],
    rows: rows.flatMap((row) =>
      row.series.map((v) => [row.name, v.period, t(`party.beforeAfter.${periodIsAfter(v.period, cutOver) ? "after" : "before"}`), String(v.value)]),
    ),
  };
  return [
    { name: t("party.beforeAfter.sheetName"), table: { headers, rows: rows.map((row) => comparisonCells(row, t, group)) } },
    { name: t("party.beforeAfter.valuesSheet"), table: values },
  ];
}

const periodIsAfter = (period: string, cutOver: string) => (periodStart(period) ?? "") >= cutOver;

/** A line chart of one indicator's values, before and after in two colours, the cut-over marked. */
export function comparisonChart(row: IndicatorComparisonRow, t: T, cutOver: string): ChartSpec {
  const first = row.series.find((v) => periodIsAfter(v.period, cutOver));
  const result = t(`party.beforeAfter.result.${resultOf(row)}`);
  return {
    id: `indicator-${String(row.indicatorId)}`,
    title: t("party.beforeAfter.chartTitle", { name: row.name, unit: row.unit }),
    kind: "line",
    rows: row.series.map((v) => ({ label: v.period, value: v.value, series: t(`party.beforeAfter.${periodIsAfter(v.period, cutOver) ? "after" : "before"}`) })),
    summary: t("party.beforeAfter.chartSummary", {
      name: row.name,
      nBefore: row.before.n,
      meanBefore: formatNumber(row.before.mean),
      nAfter: row.after.n,
      meanAfter: formatNumber(row.after.mean),
      change: formatPercent(row.changePercent),
      result: row.welch ? t("party.beforeAfter.testLine", { result, t: row.welch.t.toFixed(2), p: formatP(row.welch.p) }) : result,
    }),
    headers: { label: t("party.beforeAfter.period"), series: t("party.beforeAfter.side"), value: t("party.beforeAfter.value") },
    marker: first ? { at: first.period, text: t("party.beforeAfter.cutOverMark") } : undefined,
  };
}
