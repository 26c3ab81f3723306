import { AsyncLocalStorage } from "node:async_hooks";
import type { NextFunction, Request, Response } from "express";
import type { Persistence } from "./fileStore";

type Work = () => void;

/** Work to run just before a successful answer leaves (the audit entry of a reveal). */
export function beforeAnswer(res: Response, work: Work) {
  ((res.locals.beforeAnswer as Work[] | undefined) ??= []).push(work);
}

/**
 * Work to run the moment this request changes the store, in the same synchronous step (the
 * audit entry of a write): whichever answer writes the store next, the change and its entry
 * reach the disk together. (Express may yield between a change and its answer, and another
 * request's answer may write the store in that gap.)
 */
export function onStoreWrite(res: Response, work: Work) {
  ((res.locals.onStoreWrite as Work[] | undefined) ??= []).push(work);
}

const current = new AsyncLocalStorage<Record<string, unknown>>();

/** Lets `storeWritten` find the request on whose behalf the store is being changed. Mount after body parsing. */
export function bindRequest() {
  return (_req: Request, res: Response, next: NextFunction) => current.run(res.locals, next);
}

/** Called by the store on every change: runs the changing request's `onStoreWrite` work once. */
export function storeWritten() {
  const work = (current.getStore()?.onStoreWrite as Work[] | undefined)?.splice(0) ?? [];
  for (const w of work) w();
}

/**
 * An acknowledged write is on disk before its answer leaves: when a handler ends the response,
 * the `beforeAnswer` work runs on a success and every changed store is written atomically first.
 * If writing fails, the answer becomes a 500 and memory goes back to what the disk holds.
 */
export function commitOnAnswer(stores: readonly Persistence[]) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      try {
        if (res.statusCode < 400) for (const work of (res.locals.beforeAnswer as Work[] | undefined) ?? []) work();
        for (const store of stores) store.commit();
      } catch (error) {
        console.error(error);
        if (!res.headersSent) {
          res.status(500).setHeader("content-type", "application/json; charset=utf-8");
          res.removeHeader("content-length");
          res.removeHeader("etag");
          return end(JSON.stringify({ message: "party.errors.server" }));
        }
      }
      return end(...args);
    }) as Response["end"];
    next();
  };
}
