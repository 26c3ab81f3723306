import path from "node:path";
import jsonServer from "json-server";
import { BODY_MAX_BYTES, PAGE_MAX } from "../src/data/limits";
import { builtInResources } from "../src/resources";
import { appendOnly, verifyRoute } from "./audit/appendOnly";
import { auditWrites } from "./audit/auditWrites";
import { auditTrail, AUDIT_COLLECTION } from "./audit/trail";
import { deriveOnRead } from "./middlewares/deriveOnRead";
import { faultInjection } from "./middlewares/faults";
import { guardReferences } from "./middlewares/guardReferences";
import { completeInputs, validateWrites } from "./middlewares/validateWrites";
import { settingsWrites } from "./middlewares/settingsWrites";
import { transferEffects } from "./middlewares/transferEffects";
import { assessmentEffects } from "./middlewares/assessmentEffects";
import { duesEndpoints } from "./duesEndpoints";
import { versioning } from "./middlewares/versioning";
import { boundedJson, boundPages } from "./middlewares/boundRequests";
import type { BackupOptions } from "./persistence/backups";
import type { StoreState } from "./persistence/checkStore";
import { bindRequest, commitOnAnswer, storeWritten } from "./persistence/commitOnAnswer";
import { persistence, readStore } from "./persistence/fileStore";
import { seedToday } from "./seed/today";
import { lookupFor } from "./store";
import { authRoutes, identify } from "./auth";
import { maskingRender } from "./maskResponses";
import { enforceAccess } from "./middlewares/enforceAccess";
import { bulkCreate } from "./bulkCreate";
import { exportRestore } from "./system/exportRestore";
import { serveComputed } from "./middlewares/serveComputed";
import { complianceRoute } from "./compliance";
import { recomputeOnChange } from "./recomputeOnChange";
import { neverReuseIds, type LowDb } from "./ids";
import { overviewEndpoints } from "./overviewEndpoints";
import type { ActivityConfig } from "../src/domain/organizationalLife";
import { deriveBranches } from "../src/resources/branches/deriveCompliance";
import { DEFINITIONS_RESOURCE } from "../src/schema/definitions";
import { definitionRegistry } from "./definitions/registry";
import { definitionWrites } from "./definitions/definitionWrites";
import { definedRoutes } from "./definitions/definedRoutes";
import { accountWrites } from "./middlewares/accountWrites";
import { writeOnlyGuard } from "./middlewares/writeOnlyFields";
import { stampOwner } from "./middlewares/stampOwner";

export interface MockApiOptions {
  /** The plugin's collections: an object (kept in memory) or a path to a JSON file (persisted atomically on every write). */
  data: object | string;
  /** The demo host's own collections, served under /host. */
  hostData: object | string;
  /** Enable `/__faults` for tests. */
  faults?: boolean;
  /** Enforce roles: requests need a demo user's token (see seed/users.ts). */
  roles?: boolean;
  /** The date rules judge by; defaults to today in the hospital's time zone (or SEED_TODAY), see seedToday. */
  today?: () => string;
  /** Rolling backups of a file store (none when absent). */
  backups?: BackupOptions;
  /** The largest page a list answers (default PAGE_MAX). */
  pageMax?: number;
  /** The largest request body in bytes (default BODY_MAX_BYTES); a restore has its own, `restoreMaxBytes`. */
  bodyMaxBytes?: number;
  restoreMaxBytes?: number;
  /** A hospital's 三会一课 frequencies (defaults: the domain rules'); compliance and branch warnings follow them. */
  activityFrequencies?: ActivityConfig;
}

/** Every collection a plugin store holds, whether or not the file had it yet. */
const COLLECTIONS = [...builtInResources.map((def) => def.name), "resource-settings", DEFINITIONS_RESOURCE, AUDIT_COLLECTION];

/** Read-only lists computed from the dues records (duesEndpoints.ts). */
const DUES_LISTS = ["dues-ledger", "dues-collection"];

/** A json-server router over a store's state whose writes only mark it changed: the answer writes it (commitOnAnswer). */
function storeRouter(source: object | string, options: { collections?: string[]; backups?: BackupOptions; foreignKeySuffix?: string; onWrite?: () => void }) {
  let generation = 0;
  const file = typeof source === "string" ? source : undefined;
  const state = (file ? readStore(file, options.backups?.dir, options.collections ? undefined : []) : source) as StoreState;
  for (const name of options.collections ?? []) state[name] ??= [];
  const router = jsonServer.router(state as object, { foreignKeySuffix: options.foreignKeySuffix ?? "Id" });
  const db = router.db as unknown as LowDb & { setState(s: unknown): unknown; write(): unknown };
  neverReuseIds(db);
  const setState = db.setState.bind(db);
  db.setState = (next) => {
    generation++;
    return setState(next);
  };
  const store = persistence(file, { get: () => db.getState(), set: (s) => db.setState(s) }, options.backups);
  db.write = () => {
    generation++;
    options.onWrite?.();
    store.touch();
  };
  return { router, store, generation: () => generation };
}

/** json-server 0.17 with the plugin's contract: validation, versions, CORS for x-total-count, faults, a server-kept audit trail. */
export function createMockApi(options: MockApiOptions) {
  const app = jsonServer.create();
  // json-server would cascade deletes through any `*Id` field (and crash on null ones); integrity is
  // ours to keep (guardReferences), so its foreign-key scan is pointed at a suffix no field has.
  const { router, store, generation } = storeRouter(options.data, { collections: COLLECTIONS, backups: options.backups, foreignKeySuffix: "__none", onWrite: storeWritten });
  const { router: hostRouter, store: hostStore } = storeRouter(options.hostData, {});
  const data = lookupFor(router.db);
  const schemas = Object.fromEntries(builtInResources.map((def) => [def.name, def]));
  const trail = auditTrail(router.db, store);
  const rolesOn = !!options.roles;
  if (options.activityFrequencies) schemas.branches = { ...schemas.branches, derive: deriveBranches(options.activityFrequencies) };
  // Resources administrators define join these sets (and `schemas`) as their definitions are stored.
  const guarded = new Set([...Object.keys(schemas), "resource-settings", DEFINITIONS_RESOURCE, AUDIT_COLLECTION, ...DUES_LISTS]);
  const versioned = new Set([...Object.keys(schemas), "resource-settings", DEFINITIONS_RESOURCE]);
  const registry = definitionRegistry(router.db as never, schemas, [guarded, versioned]);

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
  app.use(commitOnAnswer([store, hostStore]));
  app.use(identify(data));
  app.use(registry.middleware);
  // A restore carries a whole store, so it reads its own (larger) body before the general cap.
  app.use(exportRestore(router.db as never, trail, rolesOn, options.restoreMaxBytes ?? 256 * 1_048_576));
  app.use(boundedJson(options.bodyMaxBytes ?? BODY_MAX_BYTES));
  app.use(bindRequest());
  // Before any answer can be given about a resource with passwords: none carries them.
  app.use(writeOnlyGuard(schemas, data));
  app.use("/host", hostRouter);
  app.use(appendOnly());
  app.use(authRoutes(router.db as never));
  app.use(verifyRoute(trail, rolesOn));
  app.use(boundPages(router.db, options.pageMax ?? PAGE_MAX));
  app.use(auditWrites(router.db, trail, schemas));
  const today = options.today ?? (() => seedToday());
  const recompute = recomputeOnChange(generation, today);
  app.use(serveComputed(schemas, router.db, data, today, recompute));
  app.use(complianceRoute(data, today, rolesOn, options.activityFrequencies));
  app.use(overviewEndpoints(data, today, rolesOn));
  app.use(completeInputs(schemas, data, today));
  app.use(stampOwner(schemas, data));
  app.use(bulkCreate(schemas, router.db as never, data, today, rolesOn, registry.permissionsOf));
  if (rolesOn) app.use(enforceAccess(guarded, data, registry.permissionsOf));
  app.use(duesEndpoints(data, today));
  app.use(deriveOnRead(schemas, router.db, data, today, recompute));
  app.use(versioning(versioned, data));
  app.use(definitionWrites(registry, data));
  app.use(settingsWrites(schemas, data));
  app.use(validateWrites(schemas, data, today));
  app.use(accountWrites(data));
  app.use(guardReferences(schemas, data));
  app.use(transferEffects(router.db as never, data));
  app.use(assessmentEffects(router.db, data, trail, schemas["assessment-tasks"]));
  const render = maskingRender(schemas, data, rolesOn, trail);
  (router as unknown as { render: typeof render }).render = render;
  app.use(definedRoutes(registry, router.db, render));
  app.use(router);
  return { app, db: router.db, hostDb: hostRouter.db, store, trail, registry };
}
