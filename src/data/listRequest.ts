import type { CrudFilter, CrudSort, Pagination } from "@refinedev/core";
import type { FilterOperator, ListRequest, WireFilter } from "./adapter";
import type { FieldNames } from "./fieldMap";

const SEARCH = "q";
const OPERATORS: readonly string[] = ["eq", "ne", "gte", "lte", "contains", "in"] satisfies FilterOperator[];
// Pages pass json-server suffixes in field names (`name_like` with `eq`); they become operators here.
const SUFFIXED = /^(.+)_(like|gte|lte|ne)$/;
const BY_SUFFIX: Record<string, FilterOperator> = { like: "contains", gte: "gte", lte: "lte", ne: "ne" };

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

/** Refine's filters → adapter filters with wire names, plus the keyword; empty filters are dropped. */
export function toWireFilters(filters: readonly CrudFilter[] = [], names: FieldNames): { filters: WireFilter[]; search?: string } {
  const out: WireFilter[] = [];
  let search: string | undefined;
  for (const filter of filters) {
    if (!("field" in filter)) throw new Error(`The party data provider does not support "${filter.operator}" filters`);
    if (isEmpty(filter.value)) continue;
    if (filter.field === SEARCH) {
      search = String(filter.value).trim() || undefined;
      continue;
    }
    const suffixed = filter.operator === "eq" ? SUFFIXED.exec(filter.field) : null;
    const field = suffixed ? suffixed[1] : filter.field;
    const operator = suffixed ? BY_SUFFIX[suffixed[2]] : filter.operator;
    if (!OPERATORS.includes(operator)) throw new Error(`The party data provider does not support the "${operator}" filter operator`);
    out.push({ field: names.toWire(field), operator: operator as FilterOperator, value: filter.value });
  }
  return { filters: out, search };
}

export function toListRequest(
  path: string,
  params: { pagination?: Pagination; sorters?: CrudSort[]; filters?: CrudFilter[] },
  names: FieldNames,
): ListRequest {
  const { currentPage = 1, pageSize = 10, mode = "server" } = params.pagination ?? {};
  return {
    path,
    page: mode === "server" ? { current: currentPage, size: pageSize } : undefined,
    sort: (params.sorters ?? []).map((s) => ({ field: names.toWire(s.field), order: s.order })),
    ...toWireFilters(params.filters, names),
  };
}
