import type { NextFunction, Request, Response } from "express";
import type { DataLookup, ResourceDef } from "../../src/schema/types";
import type { Recompute } from "../recomputeOnChange";
import { parsePath } from "../store";

type Db = { get(path: string): { value(): unknown } };

/**
 * Before json-server reads a collection, the resource's derived fields (member counts, overdue
 * status, urgency) are recomputed into it, so they can be filtered and sorted like stored ones;
 * once per change of the store or the date.
 */
export function deriveOnRead(schemas: Record<string, ResourceDef>, db: Db, data: DataLookup, today: () => string, recompute: Recompute) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (req.method !== "GET") return next();
    const def = schemas[parsePath(req.path).resource];
    if (!def?.derive) return next();
    const rows = db.get(def.name).value() as Record<string, unknown>[] | undefined;
    if (!rows) return next();
    recompute(def.name, () => {
      const derived = def.derive!(rows, data, today());
      rows.forEach((row, index) => Object.assign(row, derived[index]));
    });
    return next();
  };
}
