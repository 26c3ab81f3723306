import type { BaseRecord, CrudFilters, CrudSort, DataProvider } from "@refinedev/core";
import { fieldsFor, refersToRecords } from "../../schema/defineResource";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { EffectiveResource } from "../../schema/types";
import { relationIdsByTarget } from "../list/relationIds";

const PAGE = 500;
const MAX_ROWS = 50_000;

/**
 * Every row of the current filtered, sorted view (page by page), and the labels of the records
 * they point to (one batched request per target). Refine's useExport only yields CSV text, and the
 * xlsx writer needs rows.
 */
export async function fetchView(provider: DataProvider, resource: EffectiveResource, filters: CrudFilters, sorters: CrudSort[]) {
  const rows: BaseRecord[] = [];
  for (let page = 1; rows.length < MAX_ROWS; page++) {
    const { data, total } = await provider.getList({
      resource: resourceIdentifier(resource.name),
      filters,
      sorters,
      pagination: { currentPage: page, pageSize: PAGE, mode: "server" },
    });
    rows.push(...data);
    if (data.length < PAGE || rows.length >= total) break;
  }
  const labels = new Map<string, string>();
  const names = fieldsFor(resource, "export").filter((name) => refersToRecords(resource.fields[name]));
  for (const [target, ids] of Object.entries(relationIdsByTarget(resource, names, rows))) {
    const labelField = names.map((n) => resource.fields[n]).find((f) => f.target === target)?.labelField ?? "name";
    for (let i = 0; i < ids.length; i += PAGE) {
      const { data } = await provider.getMany!({ resource: resourceIdentifier(target), ids: ids.slice(i, i + PAGE) });
      for (const record of data) labels.set(`${target}:${record.id}`, String(record[labelField] ?? record.id));
    }
  }
  return { rows, relationLabel: (target: string, id: string | number) => labels.get(`${target}:${id}`) };
}
