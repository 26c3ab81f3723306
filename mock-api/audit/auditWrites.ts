import type { NextFunction, Request, Response } from "express";
import { maskField } from "../../src/schema/maskField";
import { diffRecords, type FieldChange } from "../../src/schema/diff";
import type { ResourceDef } from "../../src/schema/types";
import { onStoreWrite } from "../persistence/commitOnAnswer";
import { effectiveSchema } from "../effectiveSchema";
import { lookupFor, parsePath } from "../store";
import { AUDIT_COLLECTION, type AuditTrail } from "./trail";

type Row = Record<string, unknown>;
type Db = { get(path: string): { value(): unknown } };

/** The trail itself is not audited; the sign-in accounts are, without their write-only fields. */
const NOT_AUDITED = new Set([AUDIT_COLLECTION]);
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const BULK_SEGMENT = "_bulk";

/** A diff fit for the trail: computed and write-only fields (a password) left out, sensitive values masked as in any list. */
export function auditedChanges(def: ResourceDef | undefined, before: Row | undefined, after: Row | undefined): FieldChange[] {
  const changes = diffRecords(before, after).filter((c) => !def?.fields[c.field]?.readOnly && !def?.fields[c.field]?.writeOnly);
  return changes.map((c) => {
    const field = def?.fields[c.field];
    if (!field?.sensitive) return c;
    const mask = (v: unknown) => (typeof v === "string" ? maskField(field, v) : v);
    return { ...c, before: mask(c.before), after: mask(c.after) };
  });
}

const find = (db: Db, resource: string, id: unknown) =>
  (db.get(resource).value() as Row[]).find((row) => String(row.id) === String(id));

/**
 * The backend's own trail: every create, update and delete of any collection the store holds
 * (a resource added later included, with no code of its own) gets one entry when it succeeds —
 * who, when, what, the field-level diff and the origin — whatever the client does. A bulk create
 * is one `import` entry naming how many records it stored. The entry is made in the same step as
 * the change, so no write of the store ever holds one without the other.
 */
export function auditWrites(db: Db, trail: AuditTrail, schemas: Record<string, ResourceDef>) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!WRITES.has(req.method)) return next();
    const { resource, id } = parsePath(req.path);
    if (NOT_AUDITED.has(resource) || !Array.isArray(db.get(resource).value())) return next();
    const def = effectiveSchema(schemas, lookupFor(db), resource);
    if (id === BULK_SEGMENT) {
      onStoreWrite(res, () => {
        const created = (res.locals.bulkCreated as Row[] | undefined) ?? [];
        if (created.length) trail.append(req, { action: "import", resource, summary: String(created.length) });
      });
      return next();
    }
    const before = id ? structuredClone(find(db, resource, id)) : undefined;
    onStoreWrite(res, () => {
      const createdId = (res.locals.data as Row | undefined)?.id;
      if (req.method === "POST" && !id) {
        const after = createdId === undefined ? undefined : find(db, resource, createdId);
        if (after) trail.append(req, { action: "create", resource, recordId: after.id as string, changes: auditedChanges(def, undefined, after) });
        return;
      }
      if (!before) return;
      const after = find(db, resource, id);
      if (req.method === "DELETE") {
        if (!after) trail.append(req, { action: "delete", resource, recordId: id, changes: auditedChanges(def, before, undefined) });
        return;
      }
      if (!after) return;
      const changes = auditedChanges(def, before, after);
      trail.append(req, { action: "update", resource, recordId: id, changes, summary: changes.map((c) => c.field).join(", ").slice(0, 200) });
    });
    return next();
  };
}
