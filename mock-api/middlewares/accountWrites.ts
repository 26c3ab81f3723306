import type { NextFunction, Request, Response } from "express";
import { isLastAdministrator } from "../../src/domain/accounts";
import type { DataLookup } from "../../src/schema/types";
import { ACCOUNTS } from "../auth";
import { parsePath } from "../store";

const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * After validation, an account write as it is stored: a blank password on an edit keeps the stored
 * one (a PUT, which replaces the record, carries it over), and a new password drops the account's
 * token, so whoever signed in with the old one must sign in again (a new token comes with sign-in).
 * The last account that can administer is not deleted (409); its demotion is refused by the schema's rule.
 */
export function accountWrites(data: DataLookup) {
  return (req: Request, res: Response, next: NextFunction) => {
    const { resource, id } = parsePath(req.path);
    if (resource !== ACCOUNTS || id === "_bulk") return next();
    if (req.method === "DELETE") {
      const account = id ? data.get(ACCOUNTS, id) : undefined;
      return account && isLastAdministrator(account, data.all(ACCOUNTS)) ? res.status(409).json({ message: "party.errors.lastAdministrator" }) : next();
    }
    if (!["POST", "PUT", "PATCH"].includes(req.method)) return next();
    const body = (req.body ?? {}) as Record<string, unknown>;
    const stored = id ? data.get(ACCOUNTS, id) : undefined;
    if (blank(body.password)) delete body.password;
    if (!stored) return next();
    const changed = body.password !== undefined && body.password !== stored.password;
    if (changed) body.token = null;
    else if (req.method === "PUT") Object.assign(body, { password: stored.password, token: stored.token ?? null });
    return next();
  };
}
