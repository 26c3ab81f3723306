import type { Request, Response } from "express";
import { can, type PartyUser } from "../src/domain/access";
import { maskField } from "../src/schema/maskField";
import type { DataLookup, ResourceDef } from "../src/schema/types";
import type { AuditTrail } from "./audit/trail";
import { beforeAnswer } from "./persistence/commitOnAnswer";
import { effectiveSchema } from "./effectiveSchema";
import { parsePath } from "./store";

type Row = Record<string, unknown>;

function mask(def: ResourceDef, row: Row, except?: string): Row {
  const out = { ...row };
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.sensitive && name !== except && typeof out[name] === "string") out[name] = maskField(field, out[name] as string);
  }
  return out;
}

/** The query parameter that asks for one sensitive value whole: `GET /members/7?reveal=idNumber`. */
export const REVEAL_PARAM = "reveal";

/**
 * json-server's response hook: sensitive values leave the server masked in every list and every
 * single record, except the one field a caller who may reveal it asks for (`?reveal=<field>`);
 * that reveal is written to the audit trail before the value leaves. With roles off, single
 * records are whole (tests read them), and reveals are audited all the same.
 */
export function maskingRender(schemas: Record<string, ResourceDef>, data: DataLookup, rolesOn: boolean, trail: AuditTrail) {
  return (req: Request, res: Response) => {
    const payload = res.locals.data as Row | Row[];
    const { resource, id } = parsePath(req.path);
    // With the stored settings: a custom field marked sensitive is masked like a built-in one.
    const def = effectiveSchema(schemas, data, resource);
    const sensitive = def && Object.values(def.fields).some((f) => f.sensitive);
    if (!sensitive || req.method !== "GET" || !payload || typeof payload !== "object") return res.jsonp(payload);
    if (Array.isArray(payload)) return res.jsonp(payload.map((row) => mask(def, row)));
    const user = (req as Request & { user?: PartyUser }).user;
    const asked = typeof req.query[REVEAL_PARAM] === "string" ? (req.query[REVEAL_PARAM] as string) : undefined;
    const field = asked && def.fields[asked]?.sensitive && typeof payload[asked] === "string" && payload[asked] ? asked : undefined;
    const mayReveal = !rolesOn || can(user, "reveal", resource, payload, (r, i) => data.get(r, i));
    if (id && field && mayReveal) {
      beforeAnswer(res, () => void trail.append(req, { action: "reveal", resource, recordId: id, summary: field }));
      return res.jsonp(rolesOn ? mask(def, payload, field) : payload);
    }
    if (asked && rolesOn && !mayReveal) return res.status(403).json({ message: "party.errors.forbidden" });
    return res.jsonp(id && !rolesOn ? payload : mask(def, payload));
  };
}
