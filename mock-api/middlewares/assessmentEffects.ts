import type { NextFunction, Request, Response } from "express";
import { issuesPlan, tasksToIssue } from "../../src/domain/assessmentIssue";
import type { DataLookup } from "../../src/schema/types";
import { auditedChanges } from "../audit/auditWrites";
import type { AuditTrail } from "../audit/trail";
import { onStoreWrite } from "../persistence/commitOnAnswer";
import { parsePath } from "../store";

type Db = { get(path: string): { value(): unknown } };
type Rec = Record<string, unknown>;

const TASKS = "assessment-tasks";

/**
 * Issuing a plan (draft → issued) creates one task per branch in scope. Runs after validation, so
 * the issue is valid; the tasks are stored with the plan's change and each gets its own `create`
 * entry in the trail, after the plan's.
 */
export function assessmentEffects(db: Db, data: DataLookup, trail: AuditTrail, schema: Parameters<typeof auditedChanges>[0]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const { resource, id } = parsePath(req.path);
    if (resource !== "assessment-plans" || !id || (req.method !== "PATCH" && req.method !== "PUT")) return next();
    const before = data.get(resource, id);
    const after = req.method === "PATCH" ? { ...before, ...(req.body as Rec) } : { ...(req.body as Rec), id: before?.id };
    if (!before || !issuesPlan(before, after)) return next();
    const tasks = db.get(TASKS).value() as Rec[];
    let nextId = tasks.reduce((max, t) => Math.max(max, Number(t.id) || 0), 0) + 1;
    const created = tasksToIssue(after, data.all("branches"), tasks).map((task) => ({ id: nextId++, ...task }));
    tasks.push(...created);
    onStoreWrite(res, () => {
      for (const task of created) trail.append(req, { action: "create", resource: TASKS, recordId: task.id as number, changes: auditedChanges(schema, undefined, task) });
    });
    return next();
  };
}
