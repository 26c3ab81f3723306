import { useList, type BaseKey, type BaseRecord } from "@refinedev/core";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { fieldsFor } from "../../schema/defineResource";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { ChildList, EffectiveResource } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { useEffectiveResource } from "../hooks/useEffectiveResource";

/** One child list of a detail page: its effective schema, the columns it shows and its rows. */
export interface ChildRecords {
  resource?: EffectiveResource;
  /** The child's list fields without the one pointing back at the parent. */
  fields: readonly string[];
  rows: readonly BaseRecord[];
  isLoading: boolean;
}

const ChildRecordsContext = createContext<Readonly<Record<string, ChildRecords>>>({});
/** Every child list of the detail page, by child resource name. */
export const useChildRecords = () => useContext(ChildRecordsContext);

/**
 * Asks for every child list of a record as soon as the address names it (beside the record itself,
 * not after it), and shares their rows, so the page can gather all related ids before asking for them.
 */
export function ChildRecordsProvider({ lists, parentId, children }: { lists: readonly ChildList[]; parentId?: BaseKey; children: ReactNode }) {
  return lists.reduce<ReactNode>(
    (inner, child) => (
      <ChildQuery key={child.resource} child={child} parentId={parentId}>
        {inner}
      </ChildQuery>
    ),
    children,
  );
}

function ChildQuery({ child, parentId, children }: { child: ChildList; parentId?: BaseKey; children: ReactNode }) {
  const { dataProviderName } = usePartyConfig();
  const { resource } = useEffectiveResource(child.resource);
  const { result, query } = useList<BaseRecord>({
    resource: resourceIdentifier(child.resource),
    dataProviderName,
    filters: [{ field: child.foreignKey, operator: "eq", value: parentId }],
    pagination: { currentPage: 1, pageSize: 100, mode: "server" },
    queryOptions: { enabled: parentId !== undefined },
  });
  const outer = useContext(ChildRecordsContext);
  const fields = useMemo(() => (resource ? fieldsFor(resource, "list").filter((name) => name !== child.foreignKey) : []), [resource, child.foreignKey]);
  const value = useMemo(
    () => ({ ...outer, [child.resource]: { resource, fields, rows: result.data, isLoading: query.isLoading } }),
    [outer, child.resource, resource, fields, result.data, query.isLoading],
  );
  return <ChildRecordsContext.Provider value={value}>{children}</ChildRecordsContext.Provider>;
}
