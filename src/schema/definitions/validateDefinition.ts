import { LANGUAGES, VIEWS, type FieldError, type LocalizedText } from "../types";
import { validateField } from "../validateField";
import { permissionErrors } from "../validatePermissions";
import { definitionField } from "./toResourceDef";
import { DEFINABLE_KINDS, DEFINITION_ICONS, type FieldSpecDef, type ResourceDefinition } from "./types";

/** A resource identifier: lower-case ASCII words joined by hyphens (it becomes a path and a collection). */
export const IDENTIFIER = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const IDENTIFIER_MAX = 40;
const FIELD_KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;
const OPTION_VALUE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
/** Names the plugin itself serves besides its resources. */
const RESERVED = ["resource-settings", "resource-definitions", "audit-logs", "users", "auth", "system", "settings", "db", "host", "compliance"];
/** Keys every record carries. */
const SYSTEM_KEYS = ["id", "version", "createdAt", "updatedAt", "createdBy"];

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
const bilingual = (label: LocalizedText | undefined) => LANGUAGES.every((lng) => !!label?.[lng]?.trim());
const isCount = (n: unknown) => n === undefined || (typeof n === "number" && Number.isInteger(n) && n >= 0);
const isNumber = (n: unknown) => n === undefined || (typeof n === "number" && Number.isFinite(n));

function identifierErrors(def: ResourceDefinition, ctx: DefinitionContext): FieldError[] {
  const id = typeof def.id === "string" ? def.id : "";
  if (!IDENTIFIER.test(id) || id.length > IDENTIFIER_MAX) return [err("id", "identifier", { id })];
  if (ctx.builtIns.includes(id) || RESERVED.includes(id)) return [err("id", "reserved", { id })];
  if (ctx.isNew && ctx.definitions.some((d) => d.id === id)) return [err("id", "taken", { id })];
  return [];
}

function boundErrors(path: string, f: FieldSpecDef): FieldError[] {
  const errors: FieldError[] = [];
  if (!isCount(f.minLength) || !isCount(f.maxLength)) errors.push(err(path, "bound", { name: f.key }));
  else if (f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength) errors.push(err(path, "boundOrder", { name: f.key }));
  if (!isNumber(f.min) || !isNumber(f.max)) errors.push(err(path, "bound", { name: f.key }));
  else if (f.min !== undefined && f.max !== undefined && f.min > f.max) errors.push(err(path, "boundOrder", { name: f.key }));
  if (f.pattern !== undefined && f.pattern !== "") {
    try {
      new RegExp(f.pattern, "u");
    } catch {
      errors.push(err(path, "pattern", { name: f.key }));
    }
  }
  return errors;
}

function optionErrors(path: string, f: FieldSpecDef): FieldError[] {
  if (f.kind !== "enum" && f.kind !== "multi-enum") return [];
  if (!f.options?.length) return [err(path, "enumWithoutOptions", { name: f.key })];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const option of f.options) {
    if (!OPTION_VALUE.test(option.value ?? "")) errors.push(err(path, "optionValue", { value: option.value ?? "" }));
    else if (seen.has(option.value)) errors.push(err(path, "optionDuplicate", { value: option.value }));
    else if (!bilingual(option.label)) errors.push(err(path, "optionLabel", { value: option.value }));
    seen.add(option.value);
  }
  return errors;
}

function fieldErrors(f: FieldSpecDef, index: number, targets: Set<string>, seen: Set<string>): FieldError[] {
  const path = `fields.${index}`;
  const errors: FieldError[] = [];
  const key = typeof f.key === "string" ? f.key : "";
  if (!FIELD_KEY.test(key) || SYSTEM_KEYS.includes(key)) errors.push(err(`${path}.key`, "fieldKey", { name: key }));
  else if (seen.has(key)) errors.push(err(`${path}.key`, "fieldDuplicate", { name: key }));
  seen.add(key);
  if (!DEFINABLE_KINDS.includes(f.kind)) return [...errors, err(`${path}.kind`, "kind", { kind: String(f.kind) })];
  if (!bilingual(f.label)) errors.push(err(`${path}.label`, "fieldLabel", { name: key }));
  if (f.help && !bilingual(f.help) && LANGUAGES.some((lng) => f.help?.[lng]?.trim())) errors.push(err(`${path}.help`, "helpLabel", { name: key }));
  if (f.kind === "relation" || f.kind === "multi-relation") {
    if (!f.target || !targets.has(f.target)) errors.push(err(`${path}.target`, "relationTarget", { name: key, target: f.target ?? "" }));
  }
  if (f.views?.some((view) => !VIEWS.includes(view))) errors.push(err(`${path}.views`, "views", { name: key }));
  errors.push(...boundErrors(`${path}.bounds`, f), ...optionErrors(`${path}.options`, f));
  // A default must itself be a value the field accepts.
  if (f.default !== undefined && f.default !== "" && !errors.length && validateField(key, { ...definitionField(f), required: false }, f.default)) {
    errors.push(err(`${path}.default`, "default", { name: key }));
  }
  return errors;
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
  fields.forEach((f, index) => errors.push(...fieldErrors(f, index, targets, seen)));
  const title = fields.find((f) => f.key === def.titleField);
  if (!title || title.hidden) errors.push(err("titleField", "titleField"));
  if (def.defaultSort && (!fields.some((f) => f.key === def.defaultSort!.field) || !["asc", "desc"].includes(def.defaultSort.order))) {
    errors.push(err("defaultSort", "defaultSort"));
  }
  const branchFields = fields.filter((f) => f.kind === "relation" && f.target === "branches").map((f) => f.key);
  errors.push(...permissionErrors(def.permissions, { branchFields, allowOwn: true, roles: ctx.roles }));
  return errors;
}
