import type { NextFunction, Response } from "express";
import { OWNER_FIELD } from "../../src/domain/permissions";
import type { DataLookup, ResourceDef } from "../../src/schema/types";
import type { AuthedRequest } from "../auth";
import { parsePath } from "../store";

/**
 * Before the role checks, so they judge the record as it will be stored: a new record carries the id
 * of the user who creates it, an edited one keeps its creator, whatever a client sent. The "own
 * records" scope goes by it. (A bulk create stamps each row itself.)
 */
export function stampOwner(schemas: Record<string, ResourceDef>, data: DataLookup) {
  return (req: AuthedRequest, _res: Response, next: NextFunction) => {
    if (req.method !== "POST" && req.method !== "PUT" && req.method !== "PATCH") return next();
    const { resource, id } = parsePath(req.path);
    const body = req.body as Record<string, unknown> | undefined;
    if (!schemas[resource]?.fields[OWNER_FIELD] || !body || typeof body !== "object" || Array.isArray(body)) return next();
    if (req.method === "POST" && id) return next();
    const owner = req.method === "POST" ? req.user?.id : data.get(resource, id!)?.[OWNER_FIELD];
    if (owner === undefined || owner === null) delete body[OWNER_FIELD];
    else body[OWNER_FIELD] = String(owner);
    return next();
  };
}
