import { createRequire } from "node:module";
import type { NextFunction, Request, Response } from "express";
import type { AuthedRequest } from "../auth";
import { parsePath } from "../store";
import type { DefinitionRegistry } from "./registry";

type Handler = (req: Request, res: Response, next: NextFunction) => void;
// json-server builds its routes from the collections it had at start; a resource defined later is
// served by the same collection router (`plural`), made the first time it is asked for.
const plural = createRequire(import.meta.url)("json-server/lib/server/router/plural") as (db: unknown, name: string, opts: object) => Handler;

/**
 * The records of defined resources: list, filter, sort, page, read, create, update and delete as
 * json-server does for any collection, after every check the built-in resources pass (roles,
 * versions, validation, references), answered through the same masking render.
 */
export function definedRoutes(registry: DefinitionRegistry, db: unknown, render: (req: Request, res: Response) => void) {
  const routers = new Map<string, Handler>();
  return (req: AuthedRequest, res: Response, next: NextFunction) => {
    const { resource } = parsePath(req.path);
    if (!registry.isDefined(resource)) return next();
    let router = routers.get(resource);
    if (!router) routers.set(resource, (router = plural(db, resource, { foreignKeySuffix: "__none" })));
    const url = req.url;
    // The collection router sees paths below the collection: `/`, `/?_sort=…`, `/7`.
    const rest = req.url.slice(`/${resource}`.length);
    req.url = rest.startsWith("/") ? rest : `/${rest}`;
    router(req, res, (error?: unknown) => {
      req.url = url;
      if (error) return next(error);
      if (res.locals.data === undefined) return res.status(404).json({});
      return render(req, res);
    });
  };
}
