/** Query pairs for one filter value: arrays repeat the name (`id=1&id=2`), empty values send nothing. */
export function pairs(name: string, value: unknown): [string, string][] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item) => item !== undefined && item !== null && item !== "").map((item) => [name, String(item)]);
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value);
