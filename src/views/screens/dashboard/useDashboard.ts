import { useCustom, useList, type BaseRecord } from "@refinedev/core";
import type { DashboardFigures } from "../../../domain/dashboard";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";

export interface DashboardFilters {
  year: number;
  branchType?: string;
  branchId?: string;
}

/** Every chart's figures for the filters, computed by the backend (GET /dashboard). */
export function useDashboard(filters: DashboardFilters) {
  const { dataProviderName } = usePartyConfig();
  const query: Record<string, string | number> = { year: filters.year };
  if (filters.branchType) query.branchType = filters.branchType;
  if (filters.branchId) query.branchId = filters.branchId;
  const { result, query: state } = useCustom<DashboardFigures & Record<string, unknown>>({
    url: "/dashboard",
    method: "get",
    config: { query },
    dataProviderName,
    queryOptions: { staleTime: 10_000 },
  });
  return { figures: state.isSuccess ? (result.data as DashboardFigures) : undefined, isLoading: state.isLoading, isError: state.isError };
}

/** The branches to pick from (a hospital has some sixty; one page holds them). */
export function useBranchOptions(branchType?: string) {
  const { dataProviderName } = usePartyConfig();
  const { result } = useList<BaseRecord>({
    resource: resourceIdentifier("branches"),
    dataProviderName,
    pagination: { currentPage: 1, pageSize: 200 },
    filters: branchType ? [{ field: "type", operator: "eq", value: branchType }] : [],
    sorters: [{ field: "id", order: "asc" }],
  });
  return (result.data ?? []).map((b) => ({ value: String(b.id), label: String(b.name) }));
}
