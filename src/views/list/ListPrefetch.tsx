import { useResourceParams, useTable, type BaseRecord } from "@refinedev/core";
import { useEffect, useMemo, useState } from "react";
import { builtInSchemas } from "../../plugin/schemas";
import { withSchemas } from "../../plugin/withSchemas";
import { fieldsFor } from "../../schema/defineResource";
import { resourceFromIdentifier } from "../../schema/i18nKeys";
import { PartyContext, type PartyScope } from "../context/PartyContext";
import { useRelatedRecordsQuery } from "../fields/RelationRecords";
import { useEffectiveResource } from "../hooks/useEffectiveResource";
import { relationIdsByTarget } from "./relationIds";
import { listTableOptions } from "./tableOptions";

/**
 * Starts a list page's requests from its route, while the page's chunk is still on its way: the
 * list query exactly as the page will make it (listTableOptions), then, once the rows and the
 * settings are in, the batch of related records its columns show. React Query shares both with the
 * page. It stops observing once they have answered, so it never refreshes a page nobody looks at.
 */
export default function ListPrefetch({ scope }: { scope: PartyScope }) {
  const { identifier } = useResourceParams();
  const name = resourceFromIdentifier(identifier ?? "");
  const [done, setDone] = useState(false);
  if (done || !builtInSchemas[name]) return null;
  return (
    <PartyContext.Provider value={withSchemas(scope, builtInSchemas)}>
      <Prefetch name={name} onDone={() => setDone(true)} />
    </PartyContext.Provider>
  );
}

function Prefetch({ name, onDone }: { name: string; onDone: () => void }) {
  const { tableQuery } = useTable<BaseRecord>(listTableOptions(builtInSchemas[name]));
  const { resource } = useEffectiveResource(name);
  const rows = tableQuery.data?.data;
  const ids = useMemo(() => (resource && rows ? relationIdsByTarget(resource, fieldsFor(resource, "list"), rows) : undefined), [resource, rows]);
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const targets = ids ? Object.keys(ids) : [];
  const finished = tableQuery.isError || (!!ids && targets.every((target) => answered.has(target)));
  useEffect(() => {
    if (finished) onDone();
  }, [finished, onDone]);
  return (
    <>
      {ids &&
        targets.map((target) => (
          <TargetFetch key={target} target={target} ids={ids[target]} onAnswered={() => setAnswered((set) => new Set(set).add(target))} />
        ))}
    </>
  );
}

/** One related target's batch, the same query as the page's RelationRecordsProvider makes. */
function TargetFetch({ target, ids, onAnswered }: { target: string; ids: (string | number)[]; onAnswered: () => void }) {
  const { answered } = useRelatedRecordsQuery(target, ids);
  useEffect(() => {
    if (answered) onAnswered();
    // onAnswered is a new function each render; the answer arriving is what counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answered]);
  return null;
}
