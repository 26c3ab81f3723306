import { fieldSpecErrors } from "./definitions/validateFieldSpec";
import type { ResourceSettings } from "./settingsTypes";
import { LANGUAGES, type FieldError, type LocalizedText, type ResourceDef } from "./types";
import { namesBranch } from "../domain/permissions";
import { permissionErrors } from "./validatePermissions";

const OPTION_VALUE = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const e = (field: string, key: string, params?: FieldError["params"]): FieldError => ({
  field,
  key: `party.settings.errors.${key}`,
  params,
});
const bilingual = (label: LocalizedText | undefined) => LANGUAGES.every((lng) => label?.[lng]?.trim());

function optionErrors(path: string, options: { value: string; label: LocalizedText }[], existing: readonly string[]) {
  const errors: FieldError[] = [];
  const seen = new Set(existing);
  for (const option of options) {
    if (!OPTION_VALUE.test(option.value)) errors.push(e(path, "invalidOption", { value: option.value }));
    else if (seen.has(option.value)) errors.push(e(path, "duplicateOption", { value: option.value }));
    else if (!bilingual(option.label)) errors.push(e(path, "optionLabel", { value: option.value }));
    seen.add(option.value);
  }
  return errors;
}

export interface SettingsContext {
  /** Resources a custom relation may point at: the built-in ones and the defined ones. */
  targets: readonly string[];
  /** Every role there is (built-in and added), for the permissions; unchecked when absent. */
  roles?: readonly string[];
}

/**
 * Rejects configuration that would break screens: custom fields judged by the same per-field checks
 * as a defined resource's (errors under `customFields.<index>`), plus a key a built-in field already
 * has; unknown names in the lists; options that repeat or lack a label; permissions naming a role
 * that does not exist.
 */
export function validateSettings(base: ResourceDef, settings: ResourceSettings, ctx: SettingsContext): FieldError[] {
  const errors: FieldError[] = [];
  const builtIn = new Set(Object.keys(base.fields));
  const known = new Set(builtIn);
  const spec = { targets: new Set(ctx.targets), seen: new Set<string>() };
  (Array.isArray(settings.customFields) ? settings.customFields : []).forEach((field, index) => {
    const path = `customFields.${index}`;
    const found = fieldSpecErrors(field, path, spec);
    // Under a built-in field's key a custom field would never show (the built-in wins): refused.
    if (builtIn.has(field.key) && !found.some((f) => f.field === `${path}.key`)) errors.push(e(`${path}.key`, "duplicateKey", { name: field.key }));
    errors.push(...found);
    known.add(field.key);
  });
  for (const list of ["hidden", "order", "required"] as const) {
    for (const name of settings[list] ?? []) if (!known.has(name)) errors.push(e(list, "unknownField", { name }));
  }
  for (const [name, label] of Object.entries(settings.labels ?? {})) {
    if (!known.has(name)) errors.push(e(`labels.${name}`, "unknownField", { name }));
    else if (!LANGUAGES.some((lng) => label[lng]?.trim())) errors.push(e(`labels.${name}`, "label", { name }));
  }
  for (const [name, options] of Object.entries(settings.extraOptions ?? {})) {
    const field = base.fields[name];
    if (!field || (field.kind !== "enum" && field.kind !== "multi-enum")) errors.push(e(`extraOptions.${name}`, "notEnum", { name }));
    else errors.push(...optionErrors(`extraOptions.${name}`, options, field.values ?? []));
  }
  const branchFields = [
    ...Object.keys(base.fields).filter((name) => namesBranch(base.fields[name])),
    ...(settings.customFields ?? []).filter(namesBranch).map((f) => f.key),
  ];
  errors.push(...permissionErrors(settings.permissions, { branchFields, roles: ctx.roles }));
  return errors;
}
