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

/** A branch's ledger for one month, computed by the backend from the bases and payments (`GET /dues-ledger`). */
export function useDuesLedger(branchId: unknown, month: string, enabled: boolean) {
  const { dataProviderName } = usePartyConfig();
  const { result, query } = useList<LedgerRow>({
    resource: resourceIdentifier("dues-ledger"),
    dataProviderName,
    filters: [
      { field: "branchId", operator: "eq", value: branchId },
      { field: "month", operator: "eq", value: month },
    ],
    pagination: { mode: "off" },
    queryOptions: { enabled },
  });
  return { rows: result.data, isLoading: query.isLoading, refetch: query.refetch };
}
