import type { NextFunction, Request, Response } from "express";
import { referencedIds, refersToRecords } from "../../src/schema/defineResource";
import { mergeSchema } from "../../src/schema/mergeSchema";
import type { ResourceSettings } from "../../src/schema/settingsTypes";
import type { DataLookup, FieldError, ResourceDef } from "../../src/schema/types";
import { validateRecord, type ErrorMap } from "../../src/schema/validateRecord";
import { validateSettings } from "../../src/schema/validateSettings";
import { parsePath } from "../store";

const SETTINGS = "resource-settings";

export function sendFieldErrors(res: Response, errors: ErrorMap | FieldError[]) {
  const list = Array.isArray(errors) ? errors : Object.values(errors).flat();
  const details: Record<string, { key: string; params?: FieldError["params"] }[]> = {};
  for (const e of list) (details[e.field] ??= []).push({ key: e.key, params: e.params });
  const keysOnly = Object.fromEntries(Object.entries(details).map(([f, l]) => [f, l.map((e) => e.key)]));
  res.status(422).json({ message: "party.errors.validation", errors: keysOnly, details });
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

function uniqueErrors(resource: ResourceDef, record: Record<string, unknown>, data: DataLookup): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, field] of Object.entries(resource.fields)) {
    const value = record[name];
    if (!field.unique || value === null || value === undefined || value === "") continue;
    const norm = String(value).trim().toUpperCase();
    const taken = data.all(resource.name).some((other) => String(other.id) !== String(record.id) && String(other[name] ?? "").trim().toUpperCase() === norm);
    if (taken) errors.push({ field: name, key: "party.validation.unique" });
  }
  return errors;
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
    if (resource === SETTINGS) {
      const base = schemas[String(body.id ?? id)];
      if (!base) return sendFieldErrors(res, [{ field: "id", key: "party.settings.errors.unknownResource" }]);
      const errors = validateSettings(base, { ...(id ? data.get(SETTINGS, id) : {}), ...body } as unknown as ResourceSettings);
      return errors.length ? sendFieldErrors(res, errors) : next();
    }
    const base = schemas[resource];
    if (!base) return next();
    const original = id ? data.get(resource, id) : undefined;
    if (id && !original) return next(); // json-server answers 404
    if (!id && body.id !== undefined && data.get(resource, body.id)) {
      return res.status(409).json({ message: "party.errors.duplicateId", current: data.get(resource, body.id) });
    }
    // Server-computed fields are never taken from a client.
    for (const [name, field] of Object.entries(base.fields)) if (field.readOnly && name !== "version") delete body[name];
    const effective = mergeSchema(base, undefined, data.get(SETTINGS, resource) as ResourceSettings | undefined);
    const record = req.method === "PATCH" ? { ...original, ...body } : body;
    const ctx = { today: today(), mode: id ? ("edit" as const) : ("create" as const), original };
    const errors = validateRecord(effective, record, ctx, { rejectUnknown: true });
    // A missing related record is the root cause: it replaces any rule's complaint about that field.
    for (const e of relationErrors(effective, record, data)) errors[e.field] = [e];
    const failed = new Set(Object.keys(errors));
    const more = [...uniqueErrors(effective, { ...record, id: original?.id }, data), ...(effective.dataRules ?? []).flatMap((rule) => rule(record, ctx, data))];
    for (const e of more) if (!failed.has(e.field)) (errors[e.field] ??= []).push(e);
    return Object.keys(errors).length ? sendFieldErrors(res, errors) : next();
  };
}
