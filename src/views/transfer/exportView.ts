import type { CrudFilters, CrudSort, DataProvider } from "@refinedev/core";
import type { EffectiveResource } from "../../schema/types";
import { buildExportTable, type ExportText } from "./exportTable";
import { fetchView } from "./fetchView";
import { download, toCsv, toXlsx } from "./writeFile";

export type ExportFormat = "xlsx" | "csv";

/** Fetches the filtered view and downloads it; loaded lazily by the list's export button. */
export async function exportView(
  provider: DataProvider,
  resource: EffectiveResource,
  query: { filters: CrudFilters; sorters: CrudSort[] },
  text: Omit<ExportText, "relationLabel"> & { title: string },
  format: ExportFormat,
): Promise<number> {
  const { rows, relationLabel } = await fetchView(provider, resource, query.filters, query.sorters);
  const table = buildExportTable(resource, rows, { ...text, relationLabel });
  const blob = format === "xlsx" ? await toXlsx(table, text.title) : await toCsv(table);
  const stamp = new Date().toISOString().slice(0, 10);
  download(blob, `${text.title}-${stamp}.${format}`);
  return rows.length;
}
