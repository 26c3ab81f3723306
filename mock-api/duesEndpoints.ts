import express, { type Response } from "express";
import { collectionRows, ledgerRows } from "../src/resources/dues-payments/ledgerRows";
import type { DataLookup } from "../src/schema/types";
import type { AuthedRequest } from "./auth";

const one = (value: unknown) => (Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value));

/**
 * Two read-only lists the dues screens ask for, computed by the same domain functions as the
 * derived fields: `GET /dues-ledger?branchId=&month=` and `GET /dues-collection?year=`. The role
 * checks (enforceAccess) run first and narrow a member's query to their own rows.
 */
export function duesEndpoints(data: DataLookup, today: () => string) {
  const router = express.Router();
  const send = (res: Response, rows: Record<string, unknown>[]) => {
    res.header("X-Total-Count", String(rows.length));
    res.json(rows);
  };
  router.get("/dues-ledger", (req: AuthedRequest, res) => {
    const month = one(req.query.month);
    if (!month) return res.status(422).json({ message: "party.errors.validation", errors: { month: ["party.validation.required"] } });
    return send(res, ledgerRows(data, { branchId: one(req.query.branchId), month, memberId: one(req.query.memberId) }, today()));
  });
  router.get("/dues-collection", (req: AuthedRequest, res) => send(res, collectionRows(data, { year: one(req.query.year) }, today())));
  return router;
}
