import type { NextFunction, Request, Response } from "express";
import { overRulesOf, type ResourcePermissions } from "../../src/domain/permissions";
import { SCREEN_MANIFEST, MENU_GROUPS } from "../../src/resources/manifest";
import { DEFINITIONS_RESOURCE, definitionPermissions, definitionToResource, titleLookup, type DefinitionContext, type ResourceDefinition } from "../../src/schema/definitions";
import { knownRoles } from "../../src/schema/roles";
import type { ResourceSettings } from "../../src/schema/settingsTypes";
import type { ResourceDef } from "../../src/schema/types";

type Db = { get(path: string): { value(): unknown }; set(path: string, value: unknown): { value(): unknown } };

/**
 * The resources administrators defined, kept in step with the stored definitions: each becomes a
 * schema beside the built-in ones (so every middleware that judges, masks, audits or guards a
 * built-in resource does the same for it) and a collection of its own.
 */
export function definitionRegistry(db: Db, schemas: Record<string, ResourceDef>, served: Set<string>[]) {
  const builtIns = new Set(Object.keys(schemas));
  let seen = "";
  let permissions = new Map<string, ResourcePermissions>();
  const definitions = () => (db.get(DEFINITIONS_RESOURCE).value() as ResourceDefinition[] | undefined) ?? [];
  const settings = () => (db.get("resource-settings").value() as ResourceSettings[] | undefined) ?? [];

  const sync = () => {
    const defs = definitions();
    const stamp = defs.map((d) => `${d.id}@${d.version ?? 1}`).join(",");
    if (stamp === seen) return;
    seen = stamp;
    for (const name of permissions.keys()) {
      delete schemas[name];
      for (const set of served) set.delete(name);
    }
    const titleOf = titleLookup(schemas, defs);
    permissions = new Map();
    for (const def of defs) {
      schemas[def.id] = definitionToResource(def, titleOf);
      permissions.set(def.id, definitionPermissions(def));
      for (const set of served) set.add(def.id);
      // A collection of its own, created (empty) with the definition; json-server only writes arrays it has.
      if (!Array.isArray(db.get(def.id).value())) db.set(def.id, []).value();
    }
  };

  /** What a definition is judged against: built-in names and screens, the groups, the others. */
  const context = (isNew: boolean): DefinitionContext => ({
    builtIns: [...builtIns, ...SCREEN_MANIFEST.map((s) => s.name)],
    groups: [...MENU_GROUPS.map((g) => g.name), ...definitions().map((d) => d.group)],
    definitions: definitions(),
    isNew,
    roles: knownRoles(settings()),
  });

  return {
    sync,
    context,
    definitions,
    isDefined: (name: string) => !builtIns.has(name) && permissions.has(name),
    /** A defined resource's permissions, or a built-in one's from its settings (which narrow its rules). */
    permissionsOf: (name: string): ResourcePermissions | undefined => {
      if (permissions.has(name)) return permissions.get(name);
      return builtIns.has(name) ? overRulesOf(settings().find((s) => s.id === name)?.permissions) : undefined;
    },
    middleware: (_req: Request, _res: Response, next: NextFunction) => {
      sync();
      next();
    },
  };
}
export type DefinitionRegistry = ReturnType<typeof definitionRegistry>;
