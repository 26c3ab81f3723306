import type { Request, Response } from "express";
import { can, type PartyUser } from "../src/domain/access";
import { maskField } from "../src/schema/maskField";
import type { DataLookup, ResourceDef } from "../src/schema/types";
import { parsePath } from "./store";

type Row = Record<string, unknown>;

function mask(def: ResourceDef, row: Row): Row {
  const out = { ...row };
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.sensitive && typeof out[name] === "string") out[name] = maskField(field, out[name] as string);
  }
  return out;
}

/**
 * json-server's response hook: sensitive values leave the server masked in every list, and in a
 * single record unless the caller may reveal it (with roles off, single records are whole).
 */
export function maskingRender(schemas: Record<string, ResourceDef>, data: DataLookup, rolesOn: boolean) {
  return (req: Request, res: Response) => {
    const payload = res.locals.data as Row | Row[];
    const { resource, id } = parsePath(req.path);
    const def = schemas[resource];
    const sensitive = def && Object.values(def.fields).some((f) => f.sensitive);
    if (!sensitive || req.method !== "GET" || !payload || typeof payload !== "object") return res.jsonp(payload);
    if (Array.isArray(payload)) return res.jsonp(payload.map((row) => mask(def, row)));
    const user = (req as Request & { user?: PartyUser }).user;
    const whole = id && (!rolesOn || can(user, "reveal", resource, payload, (r, i) => data.get(r, i)));
    return res.jsonp(whole ? payload : mask(def, payload));
  };
}
