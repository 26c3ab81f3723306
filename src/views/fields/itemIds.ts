import type { FieldDef } from "../../schema/types";

/** The related ids an `items` value holds, per target, for one batched fetch (no query per row). */
export function itemIdsByTarget(field: FieldDef, value: unknown): Record<string, (string | number)[]> {
  const byTarget: Record<string, Set<string | number>> = {};
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  for (const [sub, def] of Object.entries(field.item ?? {})) {
    if (def.kind !== "relation" || !def.target) continue;
    for (const row of rows) {
      const id = row?.[sub];
      if (typeof id === "string" || typeof id === "number") (byTarget[def.target] ??= new Set()).add(id);
    }
  }
  return Object.fromEntries(Object.entries(byTarget).map(([target, ids]) => [target, [...ids]]));
}
