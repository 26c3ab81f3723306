import { randomUUID } from "node:crypto";
import express, { type NextFunction, type Request, type Response } from "express";
import type { PartyUser } from "../src/domain/access";
import type { DataLookup } from "../src/schema/types";

export type AuthedRequest = Request & { user?: PartyUser };

/** The collection of sign-in accounts (the `accounts` resource). */
export const ACCOUNTS = "accounts";

type Db = { get(path: string): { value(): unknown }; write(): unknown };

const publicUser = (u: Record<string, unknown>): PartyUser => ({
  id: u.id as number,
  name: String(u.name),
  role: u.role as PartyUser["role"],
  branchId: u.branchId as number | undefined,
  memberId: u.memberId as number | undefined,
});

/**
 * `POST /auth/login` and `GET /auth/me` over the accounts. A disabled account cannot sign in; an
 * account without a token (new, or its password just changed) is given one at sign-in.
 */
export function authRoutes(db: Db) {
  const router = express.Router();
  router.post("/auth/login", express.json(), (req, res) => {
    const { username, password } = (req.body ?? {}) as { username?: string; password?: string };
    const accounts = (db.get(ACCOUNTS).value() ?? []) as Record<string, unknown>[];
    const user = accounts.find((u) => typeof username === "string" && u.username === username && typeof password === "string" && u.password === password);
    if (!user) return res.status(401).json({ message: "party.auth.invalid" });
    if (user.disabled === true) return res.status(401).json({ message: "party.auth.disabled" });
    if (typeof user.token !== "string" || !user.token) {
      user.token = randomUUID();
      db.write();
    }
    return res.json({ token: user.token, user: publicUser(user) });
  });
  router.get("/auth/me", (req: AuthedRequest, res) => (req.user ? res.json(req.user) : res.status(401).json({ message: "party.errors.unauthorized" })));
  return router;
}

/** Reads `Authorization: Bearer <token>` into req.user (no token, or a disabled account's, no user). */
export function identify(data: DataLookup) {
  return (req: AuthedRequest, _res: Response, next: NextFunction) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const found = token ? data.all(ACCOUNTS).find((u) => u.token === token && u.disabled !== true) : undefined;
    if (found) req.user = publicUser(found);
    next();
  };
}
