import { useCustom } from "@refinedev/core";
import type { ComplianceReport } from "../../../domain/compliance";
import { usePartyConfig } from "../../context/PartyContext";

export interface ComplianceFilters {
  year: number;
  kind?: string;
  branchType?: string;
}

/** The backend's compliance matrix (GET /compliance), computed there by the domain functions. */
export function useCompliance(filters: ComplianceFilters) {
  const { dataProviderName } = usePartyConfig();
  const query: Record<string, string | number> = { year: filters.year };
  if (filters.kind) query.kind = filters.kind;
  if (filters.branchType) query.branchType = filters.branchType;
  const { result, query: state } = useCustom<ComplianceReport & Record<string, unknown>>({
    url: "/compliance",
    method: "get",
    config: { query },
    dataProviderName,
    queryOptions: { staleTime: 10_000 },
  });
  return { report: state.isSuccess ? (result.data as ComplianceReport) : undefined, isLoading: state.isLoading, isError: state.isError };
}
