import { useTable } from "@refinedev/antd";
import type { BaseRecord, CrudFilters } from "@refinedev/core";
import { useMemo } from "react";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import { usePartyConfig } from "../../context/PartyContext";

/** The signed-in person's due items as the backend computes and narrows them, optionally of one rule. */
export function useWorkbench(rule: string | undefined) {
  const { dataProviderName } = usePartyConfig();
  const filters: CrudFilters = useMemo(() => (rule ? [{ field: "rule", operator: "eq", value: rule }] : []), [rule]);
  return useTable<BaseRecord>({
    resource: resourceIdentifier("workbench"),
    dataProviderName,
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    filters: { permanent: filters },
    sorters: { initial: [{ field: "overdue", order: "desc" }, { field: "dueDate", order: "asc" }] },
  });
}
