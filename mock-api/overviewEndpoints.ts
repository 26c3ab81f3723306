import express, { type Response } from "express";
import { can } from "../src/domain/access";
import { dashboardFigures } from "../src/domain/dashboard";
import { isIsoDate } from "../src/domain/dates";
import { indicatorComparison } from "../src/domain/indicatorComparison";
import { planGrades } from "../src/resources/assessment-tasks/planGrades";
import type { DataLookup } from "../src/schema/types";
import type { AuthedRequest } from "./auth";
import { sendFieldErrors } from "./middlewares/validateWrites";

const one = (value: unknown) => (Array.isArray(value) ? String(value[0]) : value === undefined || value === "" ? undefined : String(value));

/** Longest window on either side of a cut-over. */
export const MAX_WINDOW_YEARS = 10;

/**
 * Two read-only reports, computed on each read by the domain functions:
 * `GET /dashboard?year=&branchType=&branchId=` (every chart's figures; administrators and secretaries) and
 * `GET /before-after?scope=hospital|<branchId>&cutOver=&years=` (the comparison; a member gets the
 * public hospital-wide indicators only).
 */
export function overviewEndpoints(data: DataLookup, today: () => string, roles: boolean) {
  const router = express.Router();
  const guard = (req: AuthedRequest, res: Response, screen: string) => {
    if (!roles) return true;
    if (!req.user) return void res.status(401).json({ message: "party.errors.unauthorized" });
    if (!can(req.user, "list", screen)) return void res.status(403).json({ message: "party.errors.forbidden" });
    return true;
  };
  router.get("/dashboard", (req: AuthedRequest, res) => {
    if (!guard(req, res, "dashboard")) return;
    const now = today();
    const year = one(req.query.year) === undefined ? Number(now.slice(0, 4)) : Number(one(req.query.year));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return sendFieldErrors(res, [{ field: "year", key: "party.validation.number" }]);
    const branchId = one(req.query.branchId);
    if (branchId && !data.get("branches", branchId)) return sendFieldErrors(res, [{ field: "branchId", key: "party.validation.relationMissing" }]);
    return res.json(dashboardFigures(data, { year, today: now, branchType: one(req.query.branchType), branchId }, planGrades));
  });
  router.get("/before-after", (req: AuthedRequest, res) => {
    if (!guard(req, res, "before-after")) return;
    const scope = one(req.query.scope) ?? "hospital";
    const cutOver = one(req.query.cutOver);
    const years = Number(one(req.query.years) ?? 3);
    const errors = [];
    if (scope !== "hospital" && !data.get("branches", scope)) errors.push({ field: "scope", key: "party.validation.relationMissing" });
    if (!isIsoDate(cutOver)) errors.push({ field: "cutOver", key: "party.validation.date" });
    if (!Number.isInteger(years) || years < 1 || years > MAX_WINDOW_YEARS) errors.push({ field: "years", key: "party.validation.number" });
    if (errors.length) return sendFieldErrors(res, errors);
    const member = roles && req.user?.role === "member";
    if (member && scope !== "hospital") return res.status(403).json({ message: "party.errors.forbidden" });
    return res.json({ scope, cutOver, years, rows: indicatorComparison(data, { scope, cutOver: cutOver!, years, today: today(), publicOnly: member }) });
  });
  return router;
}
