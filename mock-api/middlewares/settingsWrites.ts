import type { NextFunction, Request, Response } from "express";
import { fieldChangeErrors, keepSpecsWithData } from "../../src/schema/definitions";
import { knownRoles } from "../../src/schema/roles";
import type { ResourceSettings } from "../../src/schema/settingsTypes";
import type { DataLookup, ResourceDef } from "../../src/schema/types";
import { validateSettings } from "../../src/schema/validateSettings";
import { SETTINGS } from "../effectiveSchema";
import { parsePath } from "../store";
import { sendFieldErrors } from "./validateWrites";

/**
 * Writes of `/resource-settings`, judged by the same functions as the settings page (422, nothing
 * stored): the settings themselves, custom fields checked like a defined resource's fields; then,
 * where records already hold values, a custom field's new kind or tighter bound is refused saying
 * how many records would fail, and one dropped is kept, hidden, so no typed value is lost.
 */
export function settingsWrites(schemas: Record<string, ResourceDef>, data: DataLookup) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!["POST", "PUT", "PATCH"].includes(req.method)) return next();
    const { resource, id } = parsePath(req.path);
    if (resource !== SETTINGS) return next();
    const body = (req.body ?? {}) as ResourceSettings;
    const name = String(body.id ?? id);
    const base = schemas[name];
    if (!base) return sendFieldErrors(res, [{ field: "id", key: "party.settings.errors.unknownResource" }]);
    const stored = id ? (data.get(SETTINGS, id) as ResourceSettings | undefined) : undefined;
    const merged = (req.method === "PATCH" ? { ...stored, ...body } : body) as ResourceSettings;
    const errors = validateSettings(base, merged, { targets: Object.keys(schemas), roles: knownRoles(data.all(SETTINGS) as unknown as ResourceSettings[]) });
    if (errors.length) return sendFieldErrors(res, errors);
    const before = stored?.customFields ?? [];
    const after = merged.customFields ?? [];
    const records = data.all(name);
    const refused = fieldChangeErrors(before, after, records, "customFields");
    if (refused.length) return sendFieldErrors(res, refused);
    const kept = keepSpecsWithData(before, after, records);
    if (kept.length !== after.length) body.customFields = kept;
    return next();
  };
}
