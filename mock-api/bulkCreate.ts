import express, { type Response } from "express";
import { BULK_MAX } from "../src/data/createMany";
import { can } from "../src/domain/access";
import { OWNER_FIELD, type ResourcePermissions } from "../src/domain/permissions";
import type { DataLookup, ResourceDef } from "../src/schema/types";
import type { AuthedRequest } from "./auth";
import { effectiveSchema } from "./effectiveSchema";
import { nextId } from "./ids";
import { setOwner } from "./middlewares/stampOwner";
import { completeRecord, dropComputed, fieldErrorBody, judgeRecord, uniqueIndex } from "./middlewares/validateWrites";


type Row = Record<string, unknown>;
type Db = { get(path: string): { value(): unknown }; getState(): Record<string, unknown>; write(): unknown };
/** One row's answer: the stored record, or the body a single write would have failed with, plus its status. */
export type BulkItem = { status: 201; record: Row } | ({ status: number; message: string } & Row);

const isRecord = (value: unknown): value is Row => !!value && typeof value === "object" && !Array.isArray(value);

/** Records by id, indexed once per request; `add` keeps it current as the batch stores rows. */
function indexedLookup(data: DataLookup) {
  const byResource = new Map<string, Map<string, Row>>();
  const ids = (resource: string) => {
    let map = byResource.get(resource);
    if (!map) byResource.set(resource, (map = new Map(data.all(resource).map((row) => [String(row.id), row]))));
    return map;
  };
  const lookup: DataLookup = { all: data.all, get: (resource, id) => ids(resource).get(String(id)) };
  return { lookup, add: (resource: string, row: Row) => ids(resource).set(String(row.id), row) };
}

/**
 * `POST /<resource>/_bulk` with an array of records: each row passes exactly what a single create
 * does (roles, computed fields dropped, the same validation incl. unique values and relations,
 * version 1) and is stored whole or not at all; one bad row never blocks the others. The answer
 * (200) has one item per row, in order. Rows already stored count for the uniqueness of later ones.
 */
export function bulkCreate(schemas: Record<string, ResourceDef>, db: Db, data: DataLookup, today: () => string, rolesOn: boolean, permissionsOf: (resource: string) => ResourcePermissions | undefined = () => undefined) {
  const router = express.Router();
  router.post("/:resource/_bulk", (req: AuthedRequest, res: Response) => {
    const base = schemas[req.params.resource];
    // The audit trail (read-only) is written one stamped entry at a time.
    if (!base || base.readOnly) return res.status(404).json({ message: "party.errors.not-found" });
    const rows: unknown = req.body;
    if (!Array.isArray(rows)) return res.status(400).json({ message: "party.errors.validation" });
    if (rows.length > BULK_MAX) return res.status(413).json({ message: "party.errors.bulkTooLarge", max: BULK_MAX });
    if (rolesOn && !req.user) return res.status(401).json({ message: "party.errors.unauthorized" });
    if (rolesOn && !can(req.user, "create", base.name, undefined, undefined, permissionsOf(base.name))) return res.status(403).json({ message: "party.errors.forbidden" });

    const stored = db.get(base.name).value() as Row[];
    const { lookup, add } = indexedLookup(data);
    const effective = effectiveSchema(schemas, lookup, base.name)!;
    const unique = uniqueIndex(effective, stored);
    const ctx = { today: today(), mode: "create" as const };
    let id = nextId(db.getState(), base.name);
    const answer = rows.map((row): BulkItem => {
      if (!isRecord(row)) return { status: 400, message: "party.errors.validation" };
      if (rolesOn && !can(req.user, "create", base.name, row, lookup.get, permissionsOf(base.name))) return { status: 403, message: "party.errors.forbidden" };
      if (row.id !== undefined && lookup.get(base.name, row.id)) return { status: 409, message: "party.errors.duplicateId", current: lookup.get(base.name, row.id) };
      const record: Row = { ...row };
      dropComputed(base, record);
      completeRecord(base, record, undefined, lookup, ctx);
      record.version = 1;
      const errors = judgeRecord(effective, record, ctx, lookup, unique);
      if (Object.keys(errors).length) return { status: 422, ...fieldErrorBody(errors) };
      const saved: Row = { ...record, id: record.id ?? id++ };
      // Imported records carry their creator (the "own records" scope), like single creates.
      if (base.fields[OWNER_FIELD]) setOwner(saved, req.user?.id);
      if (typeof saved.id === "number") id = Math.max(id, saved.id + 1);
      stored.push(saved);
      add(base.name, saved);
      unique.add(saved);
      return { status: 201, record: saved };
    });
    const created = answer.flatMap((item) => (item.status === 201 ? [item.record] : []));
    // The trail's `import` entry (auditWrites) counts what was stored.
    res.locals.bulkCreated = created;
    if (created.length) db.write();
    return res.status(200).json(answer);
  });
  return router;
}
