import { useTable } from "@refinedev/antd";
import type { BaseRecord, CrudFilters } from "@refinedev/core";
import { useMemo } from "react";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import type { EffectiveResource } from "../../../schema/types";
import { usePartyConfig } from "../../context/PartyContext";

/**
 * The overview's rows for one year, as the backend computes them (paged and sorted like any list).
 * `filters` is the year's own: useTable's filter state keeps the year it started with.
 */
export function useConsortiumOverview(resource: EffectiveResource, year: number) {
  const { dataProviderName } = usePartyConfig();
  const filters: CrudFilters = useMemo(() => [{ field: "year", operator: "eq", value: year }], [year]);
  const table = useTable<BaseRecord>({
    resource: resourceIdentifier(resource.name),
    dataProviderName,
    syncWithLocation: false,
    pagination: { pageSize: 50 },
    filters: { permanent: filters },
    sorters: { initial: [...(resource.defaultSort ?? [])] },
  });
  return { ...table, filters };
}
