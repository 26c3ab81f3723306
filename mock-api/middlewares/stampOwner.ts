import type { NextFunction, Response } from "express";
import { OWNER_FIELD } from "../../src/domain/permissions";
import type { DataLookup, ResourceDef } from "../../src/schema/types";
import type { AuthedRequest } from "../auth";
import { parsePath } from "../store";

/** The record's creator as the backend keeps it: the account id as a string, or none. */
export function setOwner(record: Record<string, unknown>, owner: unknown) {
  if (owner === undefined || owner === null) delete record[OWNER_FIELD];
  else record[OWNER_FIELD] = String(owner);
}

/**
 * Before the role checks, so they judge the record as it will be stored: a new record carries the id
 * of the user who creates it, an edited one keeps its creator, whatever a client sent. The "own
 * records" scope goes by it. (A bulk create stamps each row itself, with setOwner.)
 */
export function stampOwner(schemas: Record<string, ResourceDef>, data: DataLookup) {
  return (req: AuthedRequest, _res: Response, next: NextFunction) => {
    if (req.method !== "POST" && req.method !== "PUT" && req.method !== "PATCH") return next();
    const { resource, id } = parsePath(req.path);
    const body = req.body as Record<string, unknown> | undefined;
    if (!schemas[resource]?.fields[OWNER_FIELD] || !body || typeof body !== "object" || Array.isArray(body)) return next();
    if (req.method === "POST" && id) return next();
    setOwner(body, req.method === "POST" ? req.user?.id : data.get(resource, id!)?.[OWNER_FIELD]);
    return next();
  };
}
