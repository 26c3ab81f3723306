import type { NextFunction, Request, Response } from "express";
import type { DataLookup, ResourceDef } from "../../src/schema/types";
import type { Recompute } from "../recomputeOnChange";
import { parsePath } from "../store";

type Db = { get(path: string): { value(): unknown } };

/**
 * A computed resource (a report such as the consortium overview) is recomputed into its collection
 * before json-server reads it, so paging, filters and sorting work as on any list; writes are refused.
 */
export function serveComputed(schemas: Record<string, ResourceDef>, db: Db, data: DataLookup, today: () => string, recompute: Recompute) {
  return (req: Request, res: Response, next: NextFunction) => {
    const def = schemas[parsePath(req.path).resource];
    if (!def?.compute || req.method === "OPTIONS") return next();
    if (req.method !== "GET") return res.status(405).json({ message: "party.errors.forbidden" });
    const rows = db.get(def.name).value() as Record<string, unknown>[] | undefined;
    if (!rows) return next();
    recompute(def.name, () => rows.splice(0, rows.length, ...def.compute!(data, today())));
    return next();
  };
}
