import { useList, type BaseRecord } from "@refinedev/core";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";

/** A month's page of a calendar holds at most this many meetings (a branch holds a handful a month). */
const MONTH_PAGE = 100;

/** One branch's meetings in [from, to], every status. */
export function useBranchMeetings(branchId: string | number | undefined, from: string, to: string) {
  const { dataProviderName } = usePartyConfig();
  const { result, query } = useList<BaseRecord>({
    resource: resourceIdentifier("meetings"),
    dataProviderName,
    filters: [
      { field: "branchId", operator: "eq", value: branchId },
      { field: "date", operator: "gte", value: from },
      { field: "date", operator: "lte", value: to },
    ],
    sorters: [{ field: "date", order: "asc" }],
    pagination: { currentPage: 1, pageSize: MONTH_PAGE },
    queryOptions: { enabled: branchId !== undefined },
  });
  return { meetings: result.data, isLoading: query.isLoading };
}
