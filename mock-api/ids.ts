import { AUDIT_COLLECTION } from "./audit/trail";

type Row = Record<string, unknown>;
type State = Record<string, unknown>;

const highest = (values: Iterable<unknown>) => {
  let max = 0;
  for (const value of values) {
    const n = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isFinite(n) && n > max) max = n;
  }
  return max;
};

/**
 * The next id of a collection: past every stored id and past every id its audit trail has seen.
 * json-server would hand a deleted record's id to the next one created, which would then inherit
 * the deleted record's 修改记录.
 */
export function nextId(state: State, collection: string): number {
  const rows = (state[collection] ?? []) as Row[];
  const trail = (state[AUDIT_COLLECTION] ?? []) as Row[];
  const stored = highest(rows.map((row) => row.id));
  const seen = highest(trail.filter((entry) => entry.resource === collection).map((entry) => entry.recordId));
  return Math.max(stored, seen) + 1;
}

export type LowDb = { getState(): State; _: { mixin(source: Record<string, unknown>): void } };

/** Replaces json-server's id generator (max + 1 of what is stored) with `nextId`. */
export function neverReuseIds(db: LowDb) {
  db._.mixin({
    createId(coll: Row[]) {
      const state = db.getState();
      const name = Object.keys(state).find((key) => state[key] === coll);
      return name ? nextId(state, name) : highest(coll.map((row) => row.id)) + 1;
    },
  });
}
