import type { BaseRecord } from "@refinedev/core";
import { useMemo, type ReactNode } from "react";
import { fieldsFor } from "../../schema/defineResource";
import type { EffectiveResource } from "../../schema/types";
import { RelationRecordsProvider } from "../fields/RelationRecords";
import { relationIdsOfSources, type RelationSource } from "../list/relationIds";
import { useChildRecords } from "./ChildRecords";

/**
 * The related records of a whole detail page: the ids of the record's relation fields and of every
 * child list's rows, gathered per target and asked for once per target when all of them are known
 * (before that, labels show nothing fetched rather than each field asking on its own).
 */
export function DetailRelations({ resource, record, children }: { resource: EffectiveResource; record?: BaseRecord; children: ReactNode }) {
  const childRecords = useChildRecords();
  const idsByTarget = useMemo(() => {
    const lists = Object.values(childRecords);
    const ready = !!record && lists.every((list) => !list.isLoading);
    const sources: RelationSource[] = [{ resource, fields: fieldsFor(resource, "show"), rows: ready ? [record] : [] }];
    for (const list of lists) if (list.resource) sources.push({ resource: list.resource, fields: list.fields, rows: ready ? list.rows : [] });
    return relationIdsOfSources(sources);
  }, [childRecords, resource, record]);
  return <RelationRecordsProvider idsByTarget={idsByTarget}>{children}</RelationRecordsProvider>;
}
