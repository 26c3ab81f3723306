import type { NextFunction, Response } from "express";
import { can, isBuiltInRole, listRestriction, RATING_FIELDS, writeAllowed, type AccessAction } from "../../src/domain/access";
import type { ResourcePermissions } from "../../src/domain/permissions";
import type { DataLookup } from "../../src/schema/types";
import type { AuthedRequest } from "../auth";
import { parsePath } from "../store";

const forbidden = (res: Response) => res.status(403).json({ message: "party.errors.forbidden" });

/**
 * The same role rules as the UI, applied to every request: 401 without a user, 403 for what the
 * role may not do, and list queries narrowed to what a member may see.
 */
export function enforceAccess(resources: Set<string>, data: DataLookup, permissionsOf: (resource: string) => ResourcePermissions | undefined = () => undefined) {
  const lookup = (resource: string, id: unknown) => data.get(resource, id);
  return (req: AuthedRequest, res: Response, next: NextFunction) => {
    const { resource, id } = parsePath(req.path);
    if (!resources.has(resource) || req.method === "OPTIONS") return next();
    const user = req.user;
    if (!user) return res.status(401).json({ message: "party.errors.unauthorized" });
    const stored = id ? data.get(resource, id) : undefined;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const permissions = permissionsOf(resource);
    // The built-in rules judge unless permissions alone do (a defined resource, or a role an administrator added).
    const byRules = !permissions || (permissions.overRules === true && isBuiltInRole(user.role));
    let action: AccessAction;
    let record: Record<string, unknown> | undefined = stored;
    switch (req.method) {
      case "GET":
        action = id ? "show" : "list";
        break;
      case "POST":
        action = "create";
        record = body;
        break;
      case "DELETE":
        action = "delete";
        break;
      default: {
        const onlyRating = byRules && Object.keys(body).every((k) => (RATING_FIELDS as readonly string[]).includes(k));
        action = user.role === "member" && onlyRating ? "rate" : "edit";
        if (user.role === "member" && !onlyRating && byRules) return forbidden(res);
      }
    }
    if (id && !stored) return next(); // json-server answers 404
    if (!can(user, action, resource, record, lookup, permissions)) return forbidden(res);
    // An edit may not move a record out of the editor's reach (e.g. a member to another branch).
    if (action === "edit" && !can(user, "edit", resource, { ...stored, ...body }, lookup, permissions)) return forbidden(res);
    if (action === "edit" && !writeAllowed(user, resource, stored, body)) return forbidden(res);
    if (action === "list") Object.assign(req.query, listRestriction(user, resource, permissions));
    return next();
  };
}
