import { CUSTOM_FIELD_KINDS, type ResourceSettings } from "./settingsTypes";
import { LANGUAGES, type FieldError, type LocalizedText, type ResourceDef } from "./types";
import { permissionErrors } from "./validatePermissions";

const NAME = /^[a-z][a-zA-Z0-9]{0,39}$/;
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

/**
 * Rejects configuration that would break screens: bad names, duplicates, enums without options,
 * permissions naming a role that does not exist (`roles`: every role there is; unchecked when absent).
 */
export function validateSettings(base: ResourceDef, settings: ResourceSettings, roles?: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(Object.keys(base.fields));
  for (const spec of settings.customFields ?? []) {
    const path = `customFields.${spec.key}`;
    if (!NAME.test(spec.key ?? "")) errors.push(e(path, "invalidName", { name: spec.key ?? "" }));
    else if (known.has(spec.key)) errors.push(e(path, "duplicateKey", { name: spec.key }));
    if (!CUSTOM_FIELD_KINDS.includes(spec.kind)) errors.push(e(path, "invalidKind", { kind: String(spec.kind) }));
    if (!bilingual(spec.label)) errors.push(e(path, "label", { name: spec.key }));
    if (spec.kind === "enum") {
      if (!spec.options?.length) errors.push(e(path, "enumWithoutOptions", { name: spec.key }));
      else errors.push(...optionErrors(path, spec.options, []));
    }
    known.add(spec.key);
  }
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
  const branchFields = Object.keys(base.fields).filter((name) => base.fields[name].kind === "relation" && base.fields[name].target === "branches");
  errors.push(...permissionErrors(settings.permissions, { branchFields, allowOwn: false, roles }));
  return errors;
}
