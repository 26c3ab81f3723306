import express, { type Response } from "express";
import { can } from "../../src/domain/access";
import type { AuthedRequest } from "../auth";
import { verifyChain } from "../audit/chain";
import type { AuditTrail } from "../audit/trail";
import { AUDIT_COLLECTION } from "../audit/trail";
import { checkStoreState, renameLegacyUsers, type StoreState } from "../persistence/checkStore";

type Db = { getState(): unknown; setState(state: unknown): unknown };

export const SYSTEM_RESOURCE = "system";
const ACCOUNTS = "accounts";
export const EXPORT_PATH = "/_system/export";
export const RESTORE_PATH = "/_system/restore";

/** An instance is empty when it holds nothing but its sign-in accounts: a restore then overwrites nothing. */
export function isEmptyInstance(state: StoreState): boolean {
  return Object.entries(state).every(([name, rows]) => name === ACCOUNTS || rows.length === 0);
}

const stamp = (d: Date) => d.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");

/**
 * The administrator's full export (every collection, the trail included, as JSON) and its restore
 * on an empty instance. Both are audited; a restore keeps the exported trail (its chain checked)
 * and chains its own entry onto it.
 */
export function exportRestore(db: Db, trail: AuditTrail, rolesOn: boolean, restoreMaxBytes: number) {
  const router = express.Router();
  const refuse = (req: AuthedRequest, res: Response) => {
    if (!rolesOn) return false;
    if (!req.user) return res.status(401).json({ message: "party.errors.unauthorized" }), true;
    if (!can(req.user, "create", SYSTEM_RESOURCE)) return res.status(403).json({ message: "party.errors.forbidden" }), true;
    return false;
  };

  router.get(EXPORT_PATH, (req: AuthedRequest, res) => {
    if (refuse(req, res)) return;
    const state = db.getState() as StoreState;
    const counts = Object.entries(state).filter(([name]) => name !== ACCOUNTS).map(([name, rows]) => `${name} ${rows.length}`);
    trail.append(req, { action: "export", resource: SYSTEM_RESOURCE, summary: counts.join(", ").slice(0, 200) });
    res.setHeader("Content-Disposition", `attachment; filename="party-export-${stamp(new Date())}.json"`);
    res.type("application/json").send(JSON.stringify(db.getState()));
  });

  router.post(RESTORE_PATH, express.json({ limit: restoreMaxBytes }), (req: AuthedRequest, res) => {
    if (refuse(req, res)) return;
    const current = db.getState() as StoreState;
    if (!isEmptyInstance(current)) return res.status(409).json({ message: "party.errors.restoreNotEmpty" });
    const incoming = renameLegacyUsers(req.body) as StoreState;
    const problems = checkStoreState(incoming);
    if (problems.length) return res.status(422).json({ message: "party.errors.restoreInvalid", problems });
    const chain = verifyChain(incoming[AUDIT_COLLECTION]);
    if (!chain.ok) return res.status(422).json({ message: "party.errors.restoreTrailBroken", firstBroken: chain.firstBroken });
    const restored = { ...current, ...incoming, [ACCOUNTS]: incoming[ACCOUNTS]?.length ? incoming[ACCOUNTS] : current[ACCOUNTS] };
    db.setState(restored);
    const records = Object.entries(restored).filter(([name]) => name !== ACCOUNTS && name !== AUDIT_COLLECTION).reduce((n, [, rows]) => n + rows.length, 0);
    trail.append(req, { action: "restore", resource: SYSTEM_RESOURCE, summary: String(records) });
    return res.status(200).json({ restored: records, entries: trail.rows().length });
  });
  return router;
}
