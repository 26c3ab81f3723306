import { useList } from "@refinedev/core";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";

export interface LedgerRow {
  id: string;
  memberId: number | string;
  branchId: number | string;
  name: string;
  stage: string;
  month: string;
  category?: string;
  base?: number;
  owed: number;
  paid: number;
  remaining: number;
  status: "paid" | "partial" | "unpaid";
  duesArrearsMonths: number;
  duesMonthsOwing: number;
  duesFlag: "none" | "warn" | "review";
}

/**
 * A branch's ledger for one month, computed by the backend from the bases and payments
 * (`GET /dues-ledger`); with `memberId`, that member's row alone (what a member is shown).
 */
export function useDuesLedger(scope: { branchId?: unknown; memberId?: unknown }, month: string, enabled: boolean) {
  const { dataProviderName } = usePartyConfig();
  const { result, query } = useList<LedgerRow>({
    resource: resourceIdentifier("dues-ledger"),
    dataProviderName,
    filters: [
      { field: "branchId", operator: "eq", value: scope.branchId },
      { field: "memberId", operator: "eq", value: scope.memberId },
      { field: "month", operator: "eq", value: month },
    ],
    pagination: { mode: "off" },
    queryOptions: { enabled },
  });
  return { rows: result.data, isLoading: query.isLoading, refetch: query.refetch };
}
