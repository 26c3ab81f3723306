import type { NextFunction, Request, Response } from "express";
import { transferEffect } from "../../src/domain/transfers";
import type { DataLookup } from "../../src/schema/types";
import { parsePath } from "../store";

type Db = { get(path: string): { value(): unknown }; write(): unknown };

/**
 * When a letter's receipt is recorded (issued → received), the member follows it: to the receiving
 * branch, or marked transferred out of the hospital. Runs after validation, so the write is valid;
 * the member's version moves on, as for any change.
 */
export function transferEffects(db: Db, data: DataLookup) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const { resource, id } = parsePath(req.path);
    if (resource !== "transfers" || !id || (req.method !== "PATCH" && req.method !== "PUT")) return next();
    const before = data.get("transfers", id);
    if (!before) return next();
    const after = req.method === "PATCH" ? { ...before, ...(req.body as Record<string, unknown>) } : (req.body as Record<string, unknown>);
    const patch = transferEffect(after, before);
    const member = patch ? data.get("members", after.memberId) : undefined;
    if (patch && member) {
      Object.assign(member, patch, { version: Number(member.version ?? 1) + 1 });
      db.write();
    }
    return next();
  };
}
