import type { BaseRecord, DataProvider } from "@refinedev/core";
import { PAGE_MAX } from "../../data/limits";
import { toHalfWidth } from "../../schema/cells";
import { resourceIdentifier } from "../../schema/i18nKeys";
import { maskField } from "../../schema/maskField";
import type { FieldDef, FieldError, ResourceDef } from "../../schema/types";
import type { Sheet } from "./readSheet";

const CHUNK = 100;
const norm = (value: unknown) => (value === undefined || value === null ? "" : toHalfWidth(String(value)).trim());

/** The target's records whose `field` is one of `values`: a chunk of values per request, paged within the backend's cap. */
async function findIn(provider: DataProvider, target: string, field: string, values: string[]): Promise<BaseRecord[]> {
  const found: BaseRecord[] = [];
  for (let i = 0; i < values.length; i += CHUNK) {
    const chunk = values.slice(i, i + CHUNK);
    for (let page = 1; ; page++) {
      const { data, total } = await provider.getList({
        resource: resourceIdentifier(target),
        filters: [{ field, operator: "in", value: chunk }],
        pagination: { currentPage: page, pageSize: PAGE_MAX, mode: "server" },
      });
      found.push(...data);
      if (data.length < PAGE_MAX || page * PAGE_MAX >= total) break;
    }
  }
  return found;
}

/** Sheet value → the ids of the records holding it. A sensitive key comes back masked: it is told apart by its mask among the asked values, or asked alone. */
async function indexBy(provider: DataProvider, target: string, name: string, field: FieldDef, values: string[]): Promise<Map<string, string[]>> {
  const index = new Map<string, string[]>();
  const put = (value: string, id: unknown) => index.set(value, [...(index.get(value) ?? []), String(id)]);
  if (!field.sensitive) {
    for (const record of await findIn(provider, target, name, values)) put(norm(record[name]), record.id);
    return index;
  }
  const byMask = new Map<string, string[]>();
  for (const value of values) byMask.set(maskField(field, value), [...(byMask.get(maskField(field, value)) ?? []), value]);
  const alone: string[] = [];
  for (const record of await findIn(provider, target, name, values)) {
    const shown = norm(record[name]);
    const candidates = values.includes(shown) ? [shown] : (byMask.get(shown) ?? []);
    if (candidates.length === 1) put(candidates[0], record.id);
    else alone.push(...candidates);
  }
  for (const value of new Set(alone)) for (const record of await findIn(provider, target, name, [value])) put(value, record.id);
  return index;
}

/**
 * Fills a relation column from the columns that identify its record (a member by ID number, or by
 * name and branch; `importMatch` on the field), asking the backend a few batched questions. A row
 * whose keys find no record, or more than one, gets an error on the field instead.
 */
export async function matchRelations(
  provider: DataProvider,
  resource: ResourceDef,
  target: (name: string) => ResourceDef | undefined,
  sheet: Sheet,
  header: (target: string, field: string) => string,
): Promise<{ sheet: Sheet; errors: Map<number, FieldError> }> {
  const errors = new Map<number, FieldError>();
  let headers = sheet.headers;
  let rows = sheet.rows;
  for (const [name, field] of Object.entries(resource.fields)) {
    const def = field.importMatch && field.target ? target(field.target) : undefined;
    if (!def) continue;
    const keys = [...new Set(field.importMatch!.flat())];
    const column = new Map(keys.map((k) => [k, headers.findIndex((h) => norm(h) === k || norm(h) === header(def.name, k))]));
    if (![...column.values()].some((c) => c >= 0)) continue;
    const cell = (row: unknown[], key: string) => (column.get(key)! >= 0 ? norm(row[column.get(key)!]) : "");

    // Keys that are relations of the target (a member's branch) are read by their label (the branch's name).
    const labelIds = new Map<string, Map<string, string[]>>();
    for (const key of keys) {
      const keyField = def.fields[key];
      if (keyField?.kind !== "relation" || !keyField.target) continue;
      const labels = [...new Set(rows.map((row) => cell(row, key)).filter((v) => v && !/^\d+$/.test(v)))];
      const keyDef = target(keyField.target);
      const labelField = keyField.labelField ?? "name";
      labelIds.set(key, labels.length && keyDef ? await indexBy(provider, keyDef.name, labelField, keyDef.fields[labelField], labels) : new Map());
    }
    const keyValue = (row: unknown[], key: string) => {
      const value = cell(row, key);
      if (!labelIds.has(key) || /^\d+$/.test(value)) return value;
      const ids = labelIds.get(key)!.get(value) ?? [];
      return ids.length === 1 ? ids[0] : "";
    };
    // One index per alternative's first key; the other keys are compared on the records found.
    const found = new Map<string, Map<string, string[]>>();
    const records = new Map<string, BaseRecord>();
    for (const alternative of field.importMatch!) {
      const [first] = alternative;
      const values = [...new Set(rows.map((row) => cell(row, first)).filter(Boolean))];
      if (!values.length || found.has(first)) continue;
      found.set(first, await indexBy(provider, def.name, first, def.fields[first] ?? { kind: "text" }, values));
      if (alternative.length > 1) for (const record of await findIn(provider, def.name, first, values)) records.set(String(record.id), record);
    }
    const matches = (row: unknown[], alternative: readonly string[]) => {
      const ids = found.get(alternative[0])?.get(cell(row, alternative[0])) ?? [];
      return ids.filter((id) => alternative.slice(1).every((key) => String(records.get(id)?.[key] ?? "") === keyValue(row, key)));
    };

    const at = headers.indexOf(name);
    headers = at >= 0 ? headers : [...headers, name];
    const col = at >= 0 ? at : headers.length - 1;
    rows = rows.map((row, index) => {
      const out = [...row];
      if (norm(out[col]) !== "") return out;
      const alternative = field.importMatch!.find((alt) => alt.every((key) => cell(row, key) !== ""));
      if (!alternative) return out;
      const ids = matches(row, alternative);
      if (ids.length === 1) out[col] = Number.isNaN(Number(ids[0])) ? ids[0] : Number(ids[0]);
      else errors.set(index, { field: name, key: ids.length ? "party.import.ambiguousMatch" : "party.import.noMatch" });
      return out;
    });
  }
  return { sheet: { headers, rows }, errors };
}
