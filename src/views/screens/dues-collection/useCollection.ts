import { useList, useMany } from "@refinedev/core";
import type { CollectionCell } from "../../../domain/duesLedger";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";

export interface CollectionRow {
  id: string;
  /** null for the hospital's row. */
  branchId: number | string | null;
  year: number;
  months: string[];
  cells: Record<string, CollectionCell>;
}

/** Each branch's collection rate per month and the hospital's (`GET /dues-collection`), with the branches' names. */
export function useCollection(year: number) {
  const { dataProviderName } = usePartyConfig();
  const { result, query } = useList<CollectionRow>({
    resource: resourceIdentifier("dues-collection"),
    dataProviderName,
    filters: [{ field: "year", operator: "eq", value: year }],
    pagination: { mode: "off" },
  });
  const ids = result.data.flatMap((row) => (row.branchId === null ? [] : [row.branchId]));
  const { result: branches } = useMany({ resource: resourceIdentifier("branches"), dataProviderName, ids, queryOptions: { enabled: ids.length > 0 } });
  const names = new Map(branches.data.map((b) => [String(b.id), String(b.name)]));
  return { rows: result.data, isLoading: query.isLoading, branchName: (id: unknown) => names.get(String(id)) ?? String(id) };
}
