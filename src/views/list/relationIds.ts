import type { BaseRecord } from "@refinedev/core";
import { referencedIds, refersToRecords } from "../../schema/defineResource";
import type { EffectiveResource } from "../../schema/types";

/** The distinct related ids on a page, per target resource, sorted so the query key is stable. */
export function relationIdsByTarget(resource: EffectiveResource, fields: string[], rows: readonly BaseRecord[]) {
  const ids: Record<string, Set<string | number>> = {};
  for (const name of fields) {
    const field = resource.fields[name];
    if (!refersToRecords(field)) continue;
    const set = (ids[field.target!] ??= new Set());
    for (const row of rows) for (const id of referencedIds(field, row[name])) set.add(id);
  }
  return Object.fromEntries(
    Object.entries(ids).map(([target, set]) => [target, [...set].sort((a, b) => String(a).localeCompare(String(b), "en", { numeric: true }))]),
  );
}
