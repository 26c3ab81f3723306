import type { NextFunction, Request, Response } from "express";
import type { DataLookup } from "../../src/schema/types";
import { parsePath } from "../store";

/**
 * Optimistic concurrency: an update must carry the version it was based on. A stale one gets 409
 * with the stored record, so the person can compare, reload or overwrite; never last-write-wins.
 */
export function versioning(versioned: Set<string>, data: DataLookup) {
  return (req: Request, res: Response, next: NextFunction) => {
    const { resource, id } = parsePath(req.path);
    if (!versioned.has(resource)) return next();
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (req.method === "POST" && !id) {
      body.version = 1;
      return next();
    }
    if ((req.method !== "PUT" && req.method !== "PATCH") || !id) return next();
    const stored = data.get(resource, id);
    if (!stored) return next();
    if (body.version === undefined || Number(body.version) !== Number(stored.version ?? 1)) {
      const differs = Object.keys({ ...stored, ...body }).filter((k) => k !== "version" && k in body && JSON.stringify(body[k]) !== JSON.stringify(stored[k]));
      return res.status(409).json({ message: "party.errors.conflict", current: stored, differs });
    }
    body.version = Number(stored.version ?? 1) + 1;
    return next();
  };
}
