import type { Request } from "express";
import type { AuthedRequest } from "../auth";
import type { Persistence } from "../persistence/fileStore";
import { chainEntry, type AuditEntry } from "./chain";

export const AUDIT_COLLECTION = "audit-logs";

type Db = { get(path: string): { value(): unknown } };

/** What an entry says beyond who, when and from where. */
export interface AuditFacts {
  action: string;
  resource: string;
  recordId?: string | number | null;
  summary?: string;
  changes?: { field: string; before: unknown; after: unknown }[];
}

/** Who made a request and from where: the signed-in user, the page's origin (absent for a direct call) and the address. */
export function requestParty(req: Request) {
  const user = (req as AuthedRequest).user;
  return {
    authorId: user ? String(user.id) : null,
    authorName: user?.name ?? null,
    authorRole: user?.role ?? null,
    origin: typeof req.headers.origin === "string" ? req.headers.origin : "direct",
    ip: req.socket.remoteAddress ?? null,
  };
}

/** Appends entries to the trail, each chained to the one before; the store is written with the answer. */
export function auditTrail(db: Db, store: Pick<Persistence, "touch">) {
  const rows = () => db.get(AUDIT_COLLECTION).value() as AuditEntry[];
  return {
    append(req: Request, facts: AuditFacts): AuditEntry {
      const trail = rows();
      const entry = chainEntry(trail, {
        createdAt: new Date().toISOString(),
        ...requestParty(req),
        action: facts.action,
        resource: facts.resource,
        recordId: facts.recordId === undefined || facts.recordId === null ? null : String(facts.recordId),
        summary: facts.summary ?? "",
        changes: facts.changes ?? [],
      });
      trail.push(entry);
      store.touch();
      return entry;
    },
    rows,
  };
}
export type AuditTrail = ReturnType<typeof auditTrail>;
