import express, { type Response } from "express";
import { listRestriction } from "../src/domain/access";
import { complianceReport, isActivityKind } from "../src/domain/compliance";
import type { ActivityConfig } from "../src/domain/organizationalLife";
import type { DataLookup } from "../src/schema/types";
import type { AuthedRequest } from "./auth";
import { sendFieldErrors } from "./middlewares/validateWrites";

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === "" ? [] : [String(value)]);

/**
 * `GET /compliance?year=2026&kind=committee_meeting&branchType=clinical`: the compliance matrix,
 * computed by the same domain functions as the branches' warnings. Read-only; a member gets their
 * own branch's row only.
 */
export function complianceRoute(data: DataLookup, today: () => string, roles: boolean, config: ActivityConfig = {}) {
  const router = express.Router();
  router.get("/compliance", (req: AuthedRequest, res: Response) => {
    if (roles && !req.user) return res.status(401).json({ message: "party.errors.unauthorized" });
    const now = today();
    const year = req.query.year === undefined ? Number(now.slice(0, 4)) : Number(req.query.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return sendFieldErrors(res, [{ field: "year", key: "party.validation.number" }]);
    const kinds = listOf(req.query.kind);
    if (!kinds.every(isActivityKind)) return sendFieldErrors(res, [{ field: "kind", key: "party.validation.enum" }]);
    const restriction = roles ? listRestriction(req.user, "compliance") : undefined;
    const branches = data.all("branches").filter((b) => !restriction || String(b.id) === restriction.branchId);
    const meetings = data.all("meetings").map((m) => ({ id: m.id, branchId: m.branchId, kind: String(m.kind), date: String(m.date), status: m.status }));
    const branchType = typeof req.query.branchType === "string" && req.query.branchType ? req.query.branchType : undefined;
    return res.json(complianceReport(branches, meetings, { year, today: now, kinds: kinds.filter(isActivityKind), branchType, config }));
  });
  return router;
}
