import type { BaseRecord } from "@refinedev/core";
import { referencedIds, refersToRecords } from "../../schema/defineResource";
import type { EffectiveResource } from "../../schema/types";

/** Rows of one resource and the fields of theirs that are shown. */
export interface RelationSource {
  resource: EffectiveResource;
  fields: readonly string[];
  rows: readonly BaseRecord[];
}

/**
 * The distinct related ids over several sources (a detail page: its record and its child lists),
 * per target resource, sorted so the query key is stable. Every target a shown field points at is
 * present, with no ids when the rows hold none, so the set of targets depends on the schema only.
 */
export function relationIdsOfSources(sources: readonly RelationSource[]): Record<string, (string | number)[]> {
  const ids: Record<string, Set<string | number>> = {};
  for (const { resource, fields, rows } of sources) {
    for (const name of fields) {
      const field = resource.fields[name];
      if (!field || !refersToRecords(field)) continue;
      const set = (ids[field.target!] ??= new Set());
      for (const row of rows) for (const id of referencedIds(field, row[name])) set.add(id);
    }
  }
  return Object.fromEntries(
    Object.entries(ids).map(([target, set]) => [target, [...set].sort((a, b) => String(a).localeCompare(String(b), "en", { numeric: true }))]),
  );
}

/** The distinct related ids on a page, per target resource, sorted so the query key is stable. */
export const relationIdsByTarget = (resource: EffectiveResource, fields: readonly string[], rows: readonly BaseRecord[]) =>
  relationIdsOfSources([{ resource, fields, rows }]);
