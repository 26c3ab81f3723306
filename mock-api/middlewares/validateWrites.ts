import type { NextFunction, Request, Response } from "express";
import { referencedIds, refersToRecords } from "../../src/schema/defineResource";
import type { DataLookup, EffectiveResource, FieldError, ResourceDef, RuleContext } from "../../src/schema/types";
import { validateRecord, type ErrorMap } from "../../src/schema/validateRecord";
import { isSentSecret, writeOnlyFields } from "../../src/schema/writeOnly";
import { effectiveSchema, SETTINGS } from "../effectiveSchema";
import { OWNER_FIELD } from "../../src/domain/permissions";
import { parsePath } from "../store";

/** The 422 body for field errors: keys per field, and the keys with their placeholder values. */
export function fieldErrorBody(errors: ErrorMap | FieldError[]) {
  const list = Array.isArray(errors) ? errors : Object.values(errors).flat();
  const details: Record<string, { key: string; params?: FieldError["params"] }[]> = {};
  for (const e of list) (details[e.field] ??= []).push({ key: e.key, params: e.params });
  const keysOnly = Object.fromEntries(Object.entries(details).map(([f, l]) => [f, l.map((e) => e.key)]));
  return { message: "party.errors.validation", errors: keysOnly, details };
}

export function sendFieldErrors(res: Response, errors: ErrorMap | FieldError[]) {
  res.status(422).json(fieldErrorBody(errors));
}

function relationErrors(resource: ResourceDef, record: Record<string, unknown>, data: DataLookup): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, field] of Object.entries(resource.fields)) {
    if (!refersToRecords(field)) continue;
    const ids = referencedIds(field, record[name]);
    if (ids.some((id) => !data.get(field.target!, id))) errors.push({ field: name, key: "party.validation.relationMissing" });
  }
  return errors;
}

const normalise = (value: unknown) => String(value ?? "").trim().toUpperCase();

/**
 * The values of a resource's unique fields, indexed once (a batch checks each row in O(1)); `add`
 * takes in a record just stored, so later rows of the same batch cannot repeat its values.
 */
export function uniqueIndex(resource: ResourceDef, rows: readonly Record<string, unknown>[]) {
  const fields = Object.entries(resource.fields).filter(([, field]) => field.unique).map(([name]) => name);
  const owners = new Map(fields.map((name) => [name, new Map<string, Set<string>>()]));
  const add = (record: Record<string, unknown>) => {
    for (const name of fields) {
      const byValue = owners.get(name)!;
      const norm = normalise(record[name]);
      if (norm) byValue.set(norm, (byValue.get(norm) ?? new Set()).add(String(record.id)));
    }
  };
  rows.forEach(add);
  /** Unique fields whose value another record (not `record.id`) already has. */
  const errors = (record: Record<string, unknown>): FieldError[] =>
    fields
      .filter((name) => [...(owners.get(name)!.get(normalise(record[name])) ?? [])].some((id) => id !== String(record.id)))
      .map((name) => ({ field: name, key: "party.validation.unique" }));
  return { add, errors };
}
export type UniqueIndex = ReturnType<typeof uniqueIndex>;

/**
 * The verdict on one record: field checks, cross-field rules, relations that must exist, unique
 * values and data rules. The same for a single write and for each row of a bulk create.
 */
export function judgeRecord(effective: EffectiveResource, record: Record<string, unknown>, ctx: RuleContext, data: DataLookup, unique: UniqueIndex): ErrorMap {
  const errors = validateRecord(effective, record, ctx, { rejectUnknown: true });
  // A missing related record is the root cause: it replaces any rule's complaint about that field.
  for (const e of relationErrors(effective, record, data)) errors[e.field] = [e];
  const failed = new Set(Object.keys(errors));
  const more = [...unique.errors({ ...record, id: ctx.original?.id }), ...(effective.dataRules ?? []).flatMap((rule) => rule(record, ctx, data))];
  for (const e of more) if (!failed.has(e.field)) (errors[e.field] ??= []).push(e);
  return errors;
}

/** Fields the backend fills from other records (ResourceDef.complete), written into the body it stores. */
export function completeRecord(resource: ResourceDef, body: Record<string, unknown>, original: Record<string, unknown> | undefined, data: DataLookup, ctx: RuleContext, inputsOnly = false) {
  if (!resource.complete) return;
  for (const [name, value] of Object.entries(resource.complete({ ...original, ...body }, data, ctx))) {
    if (value !== undefined && !(inputsOnly && resource.fields[name]?.readOnly)) body[name] = value;
  }
}

/**
 * Before the role checks: fill the input fields a write leaves to the backend (a payroll row's
 * member, found by ID number), so the checks judge the record as it will be stored.
 */
export function completeInputs(schemas: Record<string, ResourceDef>, data: DataLookup, today: () => string) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (req.method !== "POST" && req.method !== "PATCH" && req.method !== "PUT") return next();
    const { resource, id } = parsePath(req.path);
    const base = schemas[resource];
    if (!base?.complete) return next();
    const original = id && id !== "_bulk" ? data.get(resource, id) : undefined;
    const ctx = { today: today(), mode: original ? ("edit" as const) : ("create" as const), original };
    const rows: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    for (const row of rows) if (row && typeof row === "object" && !Array.isArray(row)) completeRecord(base, row as Record<string, unknown>, original, data, ctx, true);
    return next();
  };
}

/** Fields the backend sets before validation: the version a write is based on, and the creator (stampOwner). */
const SET_BEFORE = new Set(["version", OWNER_FIELD]);

/** Server-computed fields are never taken from a client. */
export function dropComputed(resource: ResourceDef, body: Record<string, unknown>) {
  for (const [name, field] of Object.entries(resource.fields)) if (field.readOnly && !SET_BEFORE.has(name)) delete body[name];
}

/**
 * Every write to a schema resource is judged by the same functions as the form: field checks,
 * cross-field rules, relations that must exist and data rules. Bad input gets 422 and stores nothing.
 */
export function validateWrites(schemas: Record<string, ResourceDef>, data: DataLookup, today: () => string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!["POST", "PUT", "PATCH"].includes(req.method)) return next();
    const { resource, id } = parsePath(req.path);
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (resource === SETTINGS) return next(); // judged by settingsWrites
    const base = schemas[resource];
    if (!base) return next();
    const original = id ? data.get(resource, id) : undefined;
    if (id && !original) return next(); // json-server answers 404
    if (!id && body.id !== undefined && data.get(resource, body.id)) {
      return res.status(409).json({ message: "party.errors.duplicateId", current: data.get(resource, body.id) });
    }
    dropComputed(base, body);
    const effective = effectiveSchema(schemas, data, resource)!;
    const ctx = { today: today(), mode: id ? ("edit" as const) : ("create" as const), original };
    completeRecord(base, body, original, data, ctx);
    const record = req.method === "PATCH" ? { ...original, ...body } : { ...body };
    // A write-only value (a password) is judged as sent: the stored one, never answered, is not the edit's.
    for (const name of writeOnlyFields(base)) if (!isSentSecret(base.fields[name], body[name])) delete record[name];
    const errors = judgeRecord(effective, record, ctx, data, uniqueIndex(effective, data.all(resource)));
    return Object.keys(errors).length ? sendFieldErrors(res, errors) : next();
  };
}
