import { useCustom } from "@refinedev/core";
import type { IndicatorComparisonRow } from "../../../domain/indicatorComparison";
import { usePartyConfig } from "../../context/PartyContext";

export interface ComparisonParams {
  scope: string;
  cutOver: string;
  years: number;
}

/** The comparison the backend computes for a scope, cut-over and window (GET /before-after). */
export function useComparison(params: ComparisonParams) {
  const { dataProviderName } = usePartyConfig();
  const { result, query } = useCustom<{ rows: IndicatorComparisonRow[] } & Record<string, unknown>>({
    url: "/before-after",
    method: "get",
    config: { query: { ...params } },
    dataProviderName,
    queryOptions: { staleTime: 30_000 },
  });
  return { rows: query.isSuccess ? (result.data.rows as IndicatorComparisonRow[]) : undefined, isLoading: query.isLoading, isError: query.isError };
}
