import { namesBranch } from "../../domain/permissions";
import type { FieldError } from "../types";
import { permissionErrors } from "../validatePermissions";
import { DEFINITION_ICONS, type ResourceDefinition } from "./types";
import { bilingual, fieldSpecErrors } from "./validateFieldSpec";

/** A resource identifier: lower-case ASCII words joined by hyphens (it becomes a path and a collection). */
export const IDENTIFIER = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const IDENTIFIER_MAX = 40;
/** Names the plugin itself serves besides its resources. */
const RESERVED = ["resource-settings", "resource-definitions", "audit-logs", "users", "auth", "system", "settings", "db", "host", "compliance"];

export interface DefinitionContext {
  /** Names of built-in resources and screens (identifiers a definition may not take). */
  builtIns: readonly string[];
  /** Menu groups that exist. */
  groups: readonly string[];
  /** Every stored definition (the one being saved is recognised by its id). */
  definitions: readonly ResourceDefinition[];
  /** Whether this is a new definition (its identifier must then be free). */
  isNew: boolean;
  /** The roles that exist (built-in and added); unchecked when absent. */
  roles?: readonly string[];
}

const err = (field: string, key: string, params?: FieldError["params"]): FieldError => ({ field, key: `party.lowcode.errors.${key}`, params });

function identifierErrors(def: ResourceDefinition, ctx: DefinitionContext): FieldError[] {
  const id = typeof def.id === "string" ? def.id : "";
  if (!IDENTIFIER.test(id) || id.length > IDENTIFIER_MAX) return [err("id", "identifier", { id })];
  if (ctx.builtIns.includes(id) || RESERVED.includes(id)) return [err("id", "reserved", { id })];
  if (ctx.isNew && ctx.definitions.some((d) => d.id === id)) return [err("id", "taken", { id })];
  return [];
}

/**
 * Everything that would break a screen or the backend, as field errors: a bad or taken identifier,
 * a label missing in one language, a relation to a resource that does not exist, an enum without
 * options, bounds that contradict each other. The designer shows them as you type; the backend
 * answers 422 with the same list.
 */
export function validateDefinition(def: ResourceDefinition, ctx: DefinitionContext): FieldError[] {
  const errors = identifierErrors(def, ctx);
  if (!bilingual(def.label)) errors.push(err("label", "label"));
  if (typeof def.group !== "string" || !IDENTIFIER.test(def.group)) errors.push(err("group", "group"));
  else if (!ctx.groups.includes(def.group) && !bilingual(def.groupLabel)) errors.push(err("groupLabel", "groupLabel", { group: def.group }));
  if (!(DEFINITION_ICONS as readonly string[]).includes(def.icon)) errors.push(err("icon", "icon"));
  const fields = Array.isArray(def.fields) ? def.fields : [];
  if (!fields.length) errors.push(err("fields", "noFields"));
  const targets = new Set([...ctx.builtIns, ...ctx.definitions.map((d) => d.id), def.id]);
  const seen = new Set<string>();
  fields.forEach((f, index) => errors.push(...fieldSpecErrors(f, `fields.${index}`, { targets, seen })));
  const title = fields.find((f) => f.key === def.titleField);
  if (!title || title.hidden) errors.push(err("titleField", "titleField"));
  if (def.defaultSort && (!fields.some((f) => f.key === def.defaultSort!.field) || !["asc", "desc"].includes(def.defaultSort.order))) {
    errors.push(err("defaultSort", "defaultSort"));
  }
  const branchFields = fields.filter(namesBranch).map((f) => f.key);
  errors.push(...permissionErrors(def.permissions, { branchFields, roles: ctx.roles }));
  return errors;
}
