import { useTable } from "@refinedev/antd";
import type { BaseRecord } from "@refinedev/core";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import type { EffectiveResource } from "../../../schema/types";
import { usePartyConfig } from "../../context/PartyContext";

/** The overview's rows for one year, as the backend computes them (paged and sorted like any list). */
export function useConsortiumOverview(resource: EffectiveResource, year: number) {
  const { dataProviderName } = usePartyConfig();
  return useTable<BaseRecord>({
    resource: resourceIdentifier(resource.name),
    dataProviderName,
    syncWithLocation: false,
    pagination: { pageSize: 50 },
    filters: { permanent: [{ field: "year", operator: "eq", value: year }] },
    sorters: { initial: [...(resource.defaultSort ?? [])] },
  });
}
