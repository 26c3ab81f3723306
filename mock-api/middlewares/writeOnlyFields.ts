import type { NextFunction, Request, Response } from "express";
import type { DataLookup, ResourceDef } from "../../src/schema/types";
import { writeOnlyFields } from "../../src/schema/writeOnly";
import { parsePath } from "../store";

/** A 422's maps from field names to their errors: a password's error is the person's to see. */
const FIELD_MAPS = new Set(["errors", "details"]);

/** Every object in an answer (a record, a list, a 409's `current`, a bulk item's `record`) without the named fields. */
function strip(value: unknown, names: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item, names));
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !names.includes(key))
      .map(([key, v]) => [key, FIELD_MAPS.has(key) ? v : strip(v, names)]),
  );
}

/** A list query may not filter, sort or search by a write-only value: that would tell it. */
const touches = (key: string, value: unknown, names: readonly string[]) =>
  names.some((name) => key === name || key.startsWith(`${name}_`) || ((key === "_sort" || key === "_order") && String(value).split(",").includes(name)));

/**
 * Write-only fields (a password, a token) never leave the backend: every answer about their
 * resource is stripped of them, and a list's filters cannot reach them. json-server's `q` searches
 * every stored value, so it is answered here over the resource's search fields instead.
 */
export function writeOnlyGuard(schemas: Record<string, ResourceDef>, data: DataLookup) {
  return (req: Request, res: Response, next: NextFunction) => {
    const { resource, id } = parsePath(req.path);
    const def = schemas[resource];
    const names = writeOnlyFields(def);
    if (!def || !names.length) return next();
    const json = res.json.bind(res);
    const jsonp = res.jsonp.bind(res);
    res.json = (body?: unknown) => json(strip(body, names));
    res.jsonp = (body?: unknown) => jsonp(strip(body, names));
    if (req.method !== "GET" || id) return next();
    for (const [key, value] of Object.entries(req.query)) if (touches(key, value, names)) delete req.query[key];
    if (typeof req.query.q === "string") {
      const needle = req.query.q.trim().toLowerCase();
      const searched = Object.entries(def.fields).filter(([, field]) => field.search && !field.writeOnly).map(([name]) => name);
      const found = data.all(resource).filter((row) => searched.some((name) => String(row[name] ?? "").toLowerCase().includes(needle))).map((row) => String(row.id));
      const asked = req.query.id === undefined ? undefined : ([] as unknown[]).concat(req.query.id).map(String);
      const ids = asked ? found.filter((found) => asked.includes(found)) : found;
      delete req.query.q;
      // No match: an id no record has, so the list is empty rather than unfiltered.
      req.query.id = ids.length ? ids : ["-"];
    }
    return next();
  };
}
