export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const IGNORED = new Set(["id", "version", "createdAt", "updatedAt"]);

/**
 * The fields whose values differ between two versions of a record (bookkeeping fields left out).
 * `only` limits the comparison, e.g. to the fields an update sent.
 */
export function diffRecords(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  only?: readonly string[],
): FieldChange[] {
  const names = new Set(only ?? [...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names]
    .filter((field) => !IGNORED.has(field) && !same(before?.[field], after?.[field]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}
