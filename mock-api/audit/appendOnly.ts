import express, { type NextFunction, type Request, type Response } from "express";
import { can } from "../../src/domain/access";
import type { AuthedRequest } from "../auth";
import { parsePath } from "../store";
import { verifyChain } from "./chain";
import { AUDIT_COLLECTION, type AuditTrail } from "./trail";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The trail is append-only for everyone: only the backend writes it, so a client's POST, PUT,
 * PATCH or DELETE answers 405. A write to a nested path (json-server would rewrite
 * `/members/1/audit-logs` into a create on the trail) is refused the same way.
 */
export function appendOnly() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (READS.has(req.method)) return next();
    const segments = req.path.split("/").filter(Boolean);
    const { resource } = parsePath(req.path);
    if (resource === AUDIT_COLLECTION || segments.length > 2) {
      res.setHeader("Allow", resource === AUDIT_COLLECTION ? "GET, HEAD" : "");
      return res.status(405).json({ message: "party.errors.methodNotAllowed" });
    }
    return next();
  };
}

export const VERIFY_PATH = `/${AUDIT_COLLECTION}/_verify`;

/** `GET /audit-logs/_verify`: the chain check, for those who may read the trail. */
export function verifyRoute(trail: AuditTrail, rolesOn: boolean) {
  const router = express.Router();
  router.get(VERIFY_PATH, (req: AuthedRequest, res) => {
    if (rolesOn && !req.user) return res.status(401).json({ message: "party.errors.unauthorized" });
    if (rolesOn && !can(req.user, "list", AUDIT_COLLECTION)) return res.status(403).json({ message: "party.errors.forbidden" });
    return res.json(verifyChain(trail.rows()));
  });
  return router;
}
