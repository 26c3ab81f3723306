import type { DataLookup } from "../src/domain/types";

type Db = { get(path: string): { value(): unknown } };

/** Read access to the json-server database for validation rules. */
export function lookupFor(db: Db): DataLookup {
  const all = (resource: string) => ((db.get(resource).value() as Record<string, unknown>[] | undefined) ?? []);
  return {
    all,
    get: (resource, id) => all(resource).find((record) => String(record.id) === String(id)),
  };
}

/** `/branches/12?x` → { resource: "branches", id: "12" } */
export function parsePath(path: string): { resource: string; id?: string } {
  const [resource = "", id] = path.split("?")[0].split("/").filter(Boolean).map(decodeURIComponent);
  return { resource, id };
}
