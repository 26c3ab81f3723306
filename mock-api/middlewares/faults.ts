import type { NextFunction, Request, Response } from "express";
import express from "express";

export interface Fault {
  /** Answer with this status instead of serving the request. */
  status?: number;
  /** Wait this long first (to exceed a client's timeout). */
  delayMs?: number;
  /** Drop the connection (a client sees a network failure). */
  drop?: boolean;
  method?: string;
  /** Only paths starting with this. */
  path?: string;
  /** How many requests it affects; unlimited when absent. */
  times?: number;
}

/**
 * Opt-in fault injection for tests: `PUT /__faults` with a Fault arms it, `DELETE /__faults` clears it.
 * Requests to `/__faults` itself are never affected.
 */
export function faultInjection() {
  let fault: Fault | undefined;
  const control = express.Router();
  control.put("/__faults", express.json(), (req, res) => {
    fault = req.body as Fault;
    res.json(fault);
  });
  control.delete("/__faults", (_req, res) => {
    fault = undefined;
    res.status(204).end();
  });
  const inject = (req: Request, res: Response, next: NextFunction) => {
    const f = fault;
    if (!f || req.method === "OPTIONS" || req.path.startsWith("/__faults")) return next();
    if (f.method && f.method !== req.method) return next();
    if (f.path && !req.path.startsWith(f.path)) return next();
    if (f.times !== undefined && --f.times <= 0) fault = undefined;
    const act = () => {
      if (f.drop) return req.socket.destroy();
      if (f.status) return res.status(f.status).json({ message: `party.errors.${f.status >= 500 ? "server" : "injected"}` });
      return next();
    };
    if (f.delayMs) setTimeout(act, f.delayMs);
    else act();
  };
  return { control, inject };
}
