import path from "node:path";
import jsonServer from "json-server";
import { builtInResources } from "../src/resources";
import { deriveOnRead } from "./middlewares/deriveOnRead";
import { faultInjection } from "./middlewares/faults";
import { guardReferences } from "./middlewares/guardReferences";
import { completeInputs, validateWrites } from "./middlewares/validateWrites";
import { transferEffects } from "./middlewares/transferEffects";
import { duesEndpoints } from "./duesEndpoints";
import { versioning } from "./middlewares/versioning";
import { seedToday } from "./seed/write-db";
import { lookupFor } from "./store";
import { authRoutes, identify, stampAuditAuthor } from "./auth";
import { maskingRender } from "./maskResponses";
import { enforceAccess } from "./middlewares/enforceAccess";
import { bulkCreate } from "./bulkCreate";

export interface MockApiOptions {
  /** The plugin's collections: an object (kept in memory) or a path to a JSON file (persisted). */
  data: object | string;
  /** The demo host's own collections, served under /host. */
  hostData: object | string;
  /** Enable `/__faults` for tests. */
  faults?: boolean;
  /** Enforce roles: requests need a demo user's token (see seed/users.ts). */
  roles?: boolean;
  /** The date rules judge by; defaults to the local today (or SEED_TODAY). */
  today?: () => string;
}


/** Read-only lists computed from the dues records (duesEndpoints.ts). */
const DUES_LISTS = ["dues-ledger", "dues-collection"];

/** json-server 0.17 with the plugin's contract: validation, versions, CORS for x-total-count, faults. */
export function createMockApi(options: MockApiOptions) {
  const app = jsonServer.create();
  // json-server would cascade deletes through any `*Id` field (and crash on null ones); integrity is
  // ours to keep (guardReferences), so its foreign-key scan is pointed at a suffix no field has.
  const router = jsonServer.router(options.data as string, { foreignKeySuffix: "__none" } as never);
  const hostRouter = jsonServer.router(options.hostData as string);
  const data = lookupFor(router.db);
  const schemas = Object.fromEntries(builtInResources.map((def) => [def.name, def]));

  // No static files: the API serves data only.
  app.use(jsonServer.defaults({ logger: false, noCors: false, static: path.join(import.meta.dirname, "no-static") }));
  app.use((_req, res, next) => {
    res.header("Access-Control-Expose-Headers", "X-Total-Count, Content-Range");
    next();
  });
  if (options.faults) {
    const { control, inject } = faultInjection();
    app.use(control);
    app.use(inject);
  }
  app.use(jsonServer.bodyParser);
  app.use("/host", hostRouter);
  app.use(identify(data));
  app.use(authRoutes(data));
  app.use(stampAuditAuthor());
  const today = options.today ?? (() => seedToday());
  app.use(completeInputs(schemas, data, today));
  app.use(bulkCreate(schemas, router.db as never, data, today, !!options.roles));
  if (options.roles) app.use(enforceAccess(new Set([...Object.keys(schemas), "resource-settings", "audit-logs", ...DUES_LISTS]), data));
  app.use(duesEndpoints(data, today));
  app.use(deriveOnRead(schemas, router.db, data, today));
  app.use(versioning(new Set(Object.keys(schemas)), data));
  app.use(validateWrites(schemas, data, today));
  app.use(guardReferences(schemas, data));
  app.use(transferEffects(router.db as never, data));
  (router as unknown as { render: ReturnType<typeof maskingRender> }).render = maskingRender(schemas, data, !!options.roles);
  app.use(router);
  return { app, db: router.db, hostDb: hostRouter.db };
}
