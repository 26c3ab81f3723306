import type { NextFunction, Request, Response } from "express";
import { changeErrors, DEFINITIONS_RESOURCE, keepFieldsWithData, validateDefinition, type ResourceDefinition } from "../../src/schema/definitions";
import type { DataLookup } from "../../src/schema/types";
import { sendFieldErrors } from "../middlewares/validateWrites";
import { parsePath } from "../store";
import type { DefinitionRegistry } from "./registry";

/** The query parameter a delete of a definition with records must carry: its identifier, typed. */
export const CONFIRM_PARAM = "confirm";

/**
 * Writes of `/resource-definitions`, judged by the same function as the designer (422, nothing
 * stored): a bad definition; a change the stored records would fail (saying how many); a delete of
 * a resource that has records unless its identifier is typed (its records stay in the store). A
 * field dropped while records hold values is kept, hidden.
 */
export function definitionWrites(registry: DefinitionRegistry, data: DataLookup) {
  return (req: Request, res: Response, next: NextFunction) => {
    const { resource, id } = parsePath(req.path);
    if (resource !== DEFINITIONS_RESOURCE) return next();
    if (req.method === "DELETE" && id) {
      const records = data.all(id).length;
      if (records && req.query[CONFIRM_PARAM] !== id) return sendFieldErrors(res, [{ field: "confirm", key: "party.lowcode.errors.confirmDelete", params: { id, count: records } }]);
      return next();
    }
    if (!["POST", "PUT", "PATCH"].includes(req.method)) return next();
    const stored = id ? (data.get(DEFINITIONS_RESOURCE, id) as ResourceDefinition | undefined) : undefined;
    if (id && !stored) return next(); // json-server answers 404
    const body = (req.body ?? {}) as ResourceDefinition;
    if (id && body.id !== undefined && body.id !== id) return sendFieldErrors(res, [{ field: "id", key: "party.lowcode.errors.renamed" }]);
    const merged = (req.method === "PATCH" ? { ...stored, ...body } : { ...body, id: id ?? body.id }) as ResourceDefinition;
    const errors = validateDefinition(merged, registry.context(!id));
    if (errors.length) return sendFieldErrors(res, errors);
    const records = data.all(merged.id);
    const refused = changeErrors(stored, merged, records);
    if (refused.length) return sendFieldErrors(res, refused);
    const kept = keepFieldsWithData(stored, merged, records);
    if (kept !== merged) body.fields = kept.fields;
    return next();
  };
}
