import { useTable } from "@refinedev/antd";
import { useList, type BaseRecord, type CrudFilters } from "@refinedev/core";
import { useMemo } from "react";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import type { EffectiveResource } from "../../../schema/types";
import { usePartyConfig } from "../../context/PartyContext";

/** The plans to rank, newest year first (a plan in draft has no results). */
export function useRankablePlans() {
  const { dataProviderName } = usePartyConfig();
  const { result, query } = useList({
    resource: resourceIdentifier("assessment-plans"),
    dataProviderName,
    pagination: { currentPage: 1, pageSize: 50 },
    sorters: [{ field: "year", order: "desc" }],
    filters: [{ field: "status", operator: "ne", value: "draft" }],
  });
  return { plans: result.data, isLoading: query.isLoading };
}

/**
 * One plan's results as the backend computes them (rank, total, stars after the veto and the
 * five-star cap), optionally of one branch type; sorted and paged like any list. `filters` are
 * passed to the export so the file holds what the table shows.
 */
export function useRanking(resource: EffectiveResource, planId: unknown, branchType: string | undefined) {
  const { dataProviderName } = usePartyConfig();
  const filters: CrudFilters = useMemo(
    () => [{ field: "planId", operator: "eq", value: planId }, ...(branchType ? [{ field: "branchType", operator: "eq" as const, value: branchType }] : [])],
    [planId, branchType],
  );
  const table = useTable<BaseRecord>({
    resource: resourceIdentifier(resource.name),
    dataProviderName,
    syncWithLocation: false,
    pagination: { pageSize: 100 },
    filters: { permanent: filters },
    sorters: { initial: [...(resource.defaultSort ?? [])] },
    queryOptions: { enabled: planId !== undefined },
  });
  return { ...table, filters };
}
