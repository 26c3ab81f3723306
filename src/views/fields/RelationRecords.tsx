import { useMany, type BaseRecord } from "@refinedev/core";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { resourceIdentifier } from "../../schema/i18nKeys";
import { usePartyConfig } from "../context/PartyContext";

type RecordsById = ReadonlyMap<string, BaseRecord>;

/**
 * Related records a whole page has already fetched, per target. A list asks once per target for
 * every id on the page; its cells then only look labels up, instead of each running a query hook.
 */
const RelationRecordsContext = createContext<Readonly<Record<string, RecordsById>>>({});
export const useRelationRecords = (target: string): RecordsById | undefined => useContext(RelationRecordsContext)[target];

/** One batched `getMany` per target for the given ids, shared with every cell below. */
export function RelationRecordsProvider({ idsByTarget, children }: { idsByTarget: Record<string, (string | number)[]>; children: ReactNode }) {
  return Object.entries(idsByTarget).reduce<ReactNode>(
    (inner, [target, ids]) => (
      <TargetRecords key={target} target={target} ids={ids}>
        {inner}
      </TargetRecords>
    ),
    children,
  );
}

function TargetRecords({ target, ids, children }: { target: string; ids: (string | number)[]; children: ReactNode }) {
  const records = useRelatedRecords(target, ids);
  const outer = useContext(RelationRecordsContext);
  const value = useMemo(() => ({ ...outer, [target]: records }), [outer, target, records]);
  return <RelationRecordsContext.Provider value={value}>{children}</RelationRecordsContext.Provider>;
}

/** The records of `target` with these ids, by id as a string; empty until they arrive. */
export const useRelatedRecords = (target: string, ids: (string | number)[]): RecordsById => useRelatedRecordsQuery(target, ids).records;

/** The same, and whether the answer is in (a prefetch waits for it). */
export function useRelatedRecordsQuery(target: string, ids: (string | number)[]): { records: RecordsById; answered: boolean } {
  const { dataProviderName } = usePartyConfig();
  const { result, query } = useMany({
    resource: resourceIdentifier(target),
    ids,
    dataProviderName,
    queryOptions: { enabled: ids.length > 0, staleTime: 30_000 },
  });
  const records = useMemo(() => new Map(result.data.map((record) => [String(record.id), record])), [result.data]);
  return { records, answered: ids.length === 0 || query.isFetched || query.isError };
}
