import type { CrudFilter, CrudFilters } from "@refinedev/core";
import dayjs, { type Dayjs } from "dayjs";
import { isDateKind } from "../../schema/defineResource";
import type { EffectiveResource } from "../../schema/types";

export const KEYWORD = "q";

/** Fields offered as list filters: enum, relation, boolean and date fields marked `filter`. */
export const filterFields = (resource: EffectiveResource) =>
  resource.order.filter((name) => {
    const field = resource.fields[name];
    return field.filter && (!field.views || field.views.length > 0);
  });

type FilterValues = Record<string, unknown>;

/** Filter-bar values → Refine filters. Empty values still appear so a cleared filter is removed. */
export function toCrudFilters(resource: EffectiveResource, values: FilterValues): CrudFilters {
  const filters: CrudFilter[] = [{ field: KEYWORD, operator: "eq", value: (values[KEYWORD] as string)?.trim() || undefined }];
  for (const name of filterFields(resource)) {
    const value = values[name];
    if (isDateKind(resource.fields[name])) {
      const [from, to] = (value as [Dayjs, Dayjs] | undefined) ?? [];
      filters.push({ field: name, operator: "gte", value: from?.format("YYYY-MM-DD") });
      filters.push({ field: name, operator: "lte", value: to?.format("YYYY-MM-DD") });
    } else {
      filters.push({ field: name, operator: "eq", value: value === "" ? undefined : value });
    }
  }
  return filters;
}

const find = (filters: CrudFilters, field: string, operator: string) =>
  filters.find((f) => "field" in f && f.field === field && f.operator === operator)?.value;

/** Refine filters (e.g. restored from the URL) → filter-bar values. */
export function toFilterValues(resource: EffectiveResource, filters: CrudFilters): FilterValues {
  const values: FilterValues = { [KEYWORD]: find(filters, KEYWORD, "eq") };
  for (const name of filterFields(resource)) {
    const field = resource.fields[name];
    if (isDateKind(field)) {
      const from = find(filters, name, "gte");
      const to = find(filters, name, "lte");
      values[name] = from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : undefined;
    } else {
      const value = find(filters, name, "eq");
      values[name] = field.kind === "boolean" && typeof value === "string" ? value === "true" : value;
    }
  }
  return values;
}
