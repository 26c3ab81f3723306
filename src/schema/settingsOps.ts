import type { CustomFieldSpec, OptionSpec, ResourceSettings } from "./settingsTypes";
import type { LocalizedText } from "./types";

// Pure edits of a settings draft; the settings screen composes them, tests check them.

const toggle = (list: string[] | undefined, name: string, on: boolean) =>
  on ? [...new Set([...(list ?? []), name])] : (list ?? []).filter((n) => n !== name);

export const setHidden = (s: ResourceSettings, name: string, hidden: boolean): ResourceSettings => ({
  ...s,
  hidden: toggle(s.hidden, name, hidden),
});

export const setRequired = (s: ResourceSettings, name: string, required: boolean): ResourceSettings => ({
  ...s,
  required: toggle(s.required, name, required),
});

export function moveField(s: ResourceSettings, order: readonly string[], name: string, delta: -1 | 1): ResourceSettings {
  const next = [...order];
  const from = next.indexOf(name);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= next.length) return s;
  [next[from], next[to]] = [next[to], next[from]];
  return { ...s, order: next };
}

export function relabel(s: ResourceSettings, name: string, label: LocalizedText): ResourceSettings {
  const merged = { ...s.labels?.[name], ...label };
  const clean = Object.fromEntries(Object.entries(merged).filter(([, text]) => text?.trim()));
  const labels = { ...s.labels };
  if (Object.keys(clean).length) labels[name] = clean;
  else delete labels[name];
  return { ...s, labels };
}

export const addCustomField = (s: ResourceSettings, spec: CustomFieldSpec): ResourceSettings => ({
  ...s,
  customFields: [...(s.customFields ?? []), spec],
});

export const removeCustomField = (s: ResourceSettings, key: string): ResourceSettings => ({
  ...s,
  customFields: (s.customFields ?? []).filter((f) => f.key !== key),
  hidden: (s.hidden ?? []).filter((n) => n !== key),
  required: (s.required ?? []).filter((n) => n !== key),
  order: (s.order ?? []).filter((n) => n !== key),
});

const renamed = (list: string[] | undefined, from: string, to: string) => list?.map((n) => (n === from ? to : n));

/** Edits the custom field at `index`; a new key carries its place in hidden, required, order and labels. */
export function patchCustomField(s: ResourceSettings, index: number, patch: Partial<CustomFieldSpec>): ResourceSettings {
  const fields = s.customFields ?? [];
  const from = fields[index]?.key;
  const next = { ...s, customFields: fields.map((f, i) => (i === index ? { ...f, ...patch } : f)) };
  const to = patch.key;
  if (from === undefined || to === undefined || to === from) return next;
  const labels = s.labels?.[from] ? { ...s.labels, [to]: s.labels[from] } : s.labels;
  if (labels !== s.labels) delete labels![from];
  return { ...next, hidden: renamed(s.hidden, from, to), required: renamed(s.required, from, to), order: renamed(s.order, from, to), labels };
}

/** Swaps the custom field at `index` with its neighbour (the editor's order; the form's is `order`). */
export function moveCustomField(s: ResourceSettings, index: number, delta: -1 | 1): ResourceSettings {
  const fields = [...(s.customFields ?? [])];
  const to = index + delta;
  if (to < 0 || to >= fields.length) return s;
  [fields[index], fields[to]] = [fields[to], fields[index]];
  return { ...s, customFields: fields };
}

/** Adds an option to a built-in enum (extraOptions) or to a custom enum field (its own options). */
export function addOption(s: ResourceSettings, field: string, option: OptionSpec): ResourceSettings {
  const custom = s.customFields?.find((f) => f.key === field);
  if (custom) {
    return {
      ...s,
      customFields: s.customFields!.map((f) => (f.key === field ? { ...f, options: [...(f.options ?? []), option] } : f)),
    };
  }
  return { ...s, extraOptions: { ...s.extraOptions, [field]: [...(s.extraOptions?.[field] ?? []), option] } };
}
