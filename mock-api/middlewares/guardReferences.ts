import type { NextFunction, Request, Response } from "express";
import { referencedIds, refersToRecords } from "../../src/schema/defineResource";
import type { DataLookup, ResourceDef } from "../../src/schema/types";
import { effectiveSchema } from "../effectiveSchema";
import { parsePath } from "../store";

/** A record that others still point at (a branch with members, say) is not deleted: 409 names who points. */
export function guardReferences(schemas: Record<string, ResourceDef>, data: DataLookup) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "DELETE") return next();
    const { resource, id } = parsePath(req.path);
    if (!schemas[resource] || !id) return next();
    const referencedBy: { resource: string; count: number }[] = [];
    for (const name of Object.keys(schemas)) {
      // With the stored settings: a custom relation holds records as firmly as a built-in one.
      const def = effectiveSchema(schemas, data, name)!;
      const fields = Object.entries(def.fields).filter(([, f]) => refersToRecords(f) && f.target === resource);
      if (!fields.length) continue;
      const count = data.all(def.name).filter((row) => fields.some(([name, f]) => referencedIds(f, row[name]).some((ref) => String(ref) === id))).length;
      if (count) referencedBy.push({ resource: def.name, count });
    }
    if (!referencedBy.length) return next();
    return res.status(409).json({ message: "party.errors.referenced", referencedBy });
  };
}
