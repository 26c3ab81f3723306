import { withKindFlags } from "./customFields";
import { resolveOrder } from "./defineResource";
import { fieldFromSpec, type TitleOf } from "./definitions/fieldFromSpec";
import type { ResourceOverride, ResourceSettings } from "./settingsTypes";
import type { EffectiveResource, FieldDef, ResourceDef } from "./types";

const HIDDEN: FieldDef["views"] = [];

function applyOverride(fields: Record<string, FieldDef>, override: ResourceOverride | undefined) {
  if (!override) return;
  for (const [name, patch] of Object.entries(override.fields ?? {})) {
    fields[name] = { ...(fields[name] ?? { kind: "text" }), ...patch } as FieldDef;
  }
  for (const name of override.hide ?? []) if (fields[name]) fields[name] = { ...fields[name], views: HIDDEN, required: false };
}

function applySettings(fields: Record<string, FieldDef>, settings: ResourceSettings | undefined, titleOf: TitleOf | undefined) {
  if (!settings) return;
  // The same conversion as a defined resource's fields: every kind and setting, nothing written twice.
  for (const spec of settings.customFields ?? []) if (!fields[spec.key]) fields[spec.key] = fieldFromSpec(withKindFlags(spec), titleOf);
  for (const [name, label] of Object.entries(settings.labels ?? {})) {
    if (fields[name]) fields[name] = { ...fields[name], label: { ...fields[name].label, ...label } };
  }
  for (const [name, options] of Object.entries(settings.extraOptions ?? {})) {
    const field = fields[name];
    if (!field?.values) continue;
    const added = options.filter((o) => !field.values!.includes(o.value));
    fields[name] = {
      ...field,
      values: [...field.values, ...added.map((o) => o.value)],
      optionLabels: { ...field.optionLabels, ...Object.fromEntries(added.map((o) => [o.value, o.label])) },
    };
  }
  for (const name of settings.required ?? []) if (fields[name]) fields[name] = { ...fields[name], required: true };
  for (const name of settings.hidden ?? []) if (fields[name]) fields[name] = { ...fields[name], views: HIDDEN, required: false };
}

/**
 * built-in ← host override ← runtime settings; later layers win. `titleOf` names the field a custom
 * relation's target is labelled by. Pure: inputs are not mutated.
 */
export function mergeSchema(
  base: ResourceDef,
  override?: ResourceOverride,
  settings?: ResourceSettings,
  titleOf?: TitleOf,
): EffectiveResource {
  const fields: Record<string, FieldDef> = { ...base.fields };
  applyOverride(fields, override);
  applySettings(fields, settings, titleOf);
  const order = settings?.order?.length ? settings.order : override?.order?.length ? override.order : base.order;
  return { ...base, fields, order: resolveOrder(fields, order) };
}
