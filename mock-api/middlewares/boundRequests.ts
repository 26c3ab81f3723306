import express, { type NextFunction, type Request, type Response } from "express";
import { parsePath } from "../store";

type Db = { get(path: string): { value(): unknown } };

const badRequest = (res: Response, message: string, extra: Record<string, unknown> = {}) => res.status(400).json({ message, ...extra });
const whole = (value: unknown) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : undefined);

/**
 * No list answers more than `max` records: a page asked beyond it (`_end - _start`, `_limit`, or
 * more ids in one batched read) gets 400 with the cap; a list asked without paging gets its first
 * `max` records, with the full total in `X-Total-Count`.
 */
export function boundPages(db: Db, max: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET") return next();
    const { resource, id } = parsePath(req.path);
    if (id !== undefined || !Array.isArray(db.get(resource).value())) return next();
    const q = req.query as Record<string, unknown>;
    for (const key of ["_start", "_end", "_limit", "_page"]) {
      if (q[key] !== undefined && whole(q[key]) === undefined) return badRequest(res, "party.errors.badPage", { param: key });
    }
    const ids = q.id === undefined ? 0 : ([] as unknown[]).concat(q.id).length;
    const size =
      q._limit !== undefined ? whole(q._limit)! : q._end !== undefined ? whole(q._end)! - (whole(q._start) ?? 0) : q._page !== undefined ? 10 : undefined;
    if ((size ?? 0) > max || ids > max) return badRequest(res, "party.errors.pageTooLarge", { max });
    if (size === undefined && q._start === undefined) Object.assign(q, { _start: "0", _end: String(max) });
    return next();
  };
}

/** JSON bodies up to `limit` bytes; beyond, 413 with the cap. A body that is not JSON gets 400. */
export function boundedJson(limit: number) {
  const parse = express.json({ limit, strict: false });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const type = (error as { type?: string }).type;
      if (type === "entity.too.large") return res.status(413).json({ message: "party.errors.bodyTooLarge", maxBytes: limit });
      return badRequest(res, "party.errors.badBody");
    });
}
