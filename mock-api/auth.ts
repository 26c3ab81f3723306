import express, { type NextFunction, type Request, type Response } from "express";
import type { PartyUser } from "../src/domain/access";
import type { DataLookup } from "../src/schema/types";

export type AuthedRequest = Request & { user?: PartyUser };

const publicUser = (u: Record<string, unknown>): PartyUser => ({
  id: u.id as number,
  name: String(u.name),
  role: u.role as PartyUser["role"],
  branchId: u.branchId as number | undefined,
  memberId: u.memberId as number | undefined,
});

/** `POST /auth/login` and `GET /auth/me` over the seeded demo users; the users collection itself is never served. */
export function authRoutes(data: DataLookup) {
  const router = express.Router();
  router.post("/auth/login", express.json(), (req, res) => {
    const { username, password } = (req.body ?? {}) as { username?: string; password?: string };
    const user = data.all("users").find((u) => u.username === username && u.password === password);
    if (!user) return res.status(401).json({ message: "party.auth.invalid" });
    return res.json({ token: user.token, user: publicUser(user) });
  });
  router.get("/auth/me", (req: AuthedRequest, res) => (req.user ? res.json(publicUser(req.user as never)) : res.status(401).json({ message: "party.errors.unauthorized" })));
  router.all(/^\/users(\/.*)?$/, (_req, res) => res.status(404).json({}));
  return router;
}

/** Reads `Authorization: Bearer <token>` into req.user (no token, no user). */
export function identify(data: DataLookup) {
  return (req: AuthedRequest, _res: Response, next: NextFunction) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const found = token ? data.all("users").find((u) => u.token === token) : undefined;
    if (found) req.user = publicUser(found);
    next();
  };
}
