import type { FieldSpecDef, ResourceDefinition } from "../../../schema/definitions";

// Pure edits of a definition draft; the designer composes them.

export const blankDefinition = (): ResourceDefinition => ({
  id: "",
  label: {},
  group: "registers",
  groupLabel: { "zh-CN": "工作台账", "en-US": "Registers" },
  icon: "FileTextOutlined",
  titleField: "title",
  fields: [{ key: "title", kind: "text", label: {}, required: true, search: true, sort: true }],
});

export const blankField = (index: number): FieldSpecDef => ({ key: `field${index + 1}`, kind: "text", label: {} });

export function moveField(def: ResourceDefinition, index: number, delta: -1 | 1): ResourceDefinition {
  const to = index + delta;
  if (to < 0 || to >= def.fields.length) return def;
  const fields = [...def.fields];
  [fields[index], fields[to]] = [fields[to], fields[index]];
  return { ...def, fields };
}

export const patchField = (def: ResourceDefinition, index: number, patch: Partial<FieldSpecDef>): ResourceDefinition => ({
  ...def,
  fields: def.fields.map((f, i) => (i === index ? { ...f, ...patch } : f)),
});

export const removeField = (def: ResourceDefinition, index: number): ResourceDefinition => ({ ...def, fields: def.fields.filter((_, i) => i !== index) });

/** Top-level parts of a definition that differ between two versions (what a conflict names). */
export const differingParts = (mine: ResourceDefinition, theirs: ResourceDefinition) =>
  (Object.keys({ ...mine, ...theirs }) as (keyof ResourceDefinition)[]).filter((k) => k !== "version" && JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]));

/** Errors by the path they name (`id`, `fields.2.target` …), for the input that shows them. */
export function errorsByPath<E extends { field: string }>(errors: readonly E[]): Map<string, E[]> {
  const map = new Map<string, E[]>();
  for (const e of errors) map.set(e.field, [...(map.get(e.field) ?? []), e]);
  return map;
}
