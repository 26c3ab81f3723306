import { PAGE_MAX } from "../../../src/data/limits";
import { isDateKind, isRelation } from "../../../src/schema/defineResource";
import type { EffectiveResource } from "../../../src/schema/types";
import { valueSchema, type JsonSchema } from "./fieldSchema";

const query = (name: string, schema: JsonSchema, description: string, extra: JsonSchema = {}): JsonSchema => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
  ...extra,
});
const commaList = (values: readonly string[]) => `^(${values.join("|")})(,(${values.join("|")}))*$`;
/** Repeated names mean "any of" (`stage=full&stage=probationary`). */
const anyOf = { style: "form", explode: true };

/** The list query: paging, sorting, keyword, batched ids, and one filter per filterable field. */
export function listParameters(resource: EffectiveResource): JsonSchema[] {
  const sortable = ["id", ...resource.order.filter((name) => resource.fields[name].sort)];
  const params: JsonSchema[] = [
    query("_start", { type: "integer", minimum: 0 }, "index of the first record of the page (0-based)"),
    query("_end", { type: "integer", minimum: 0 }, `index after the last record of the page; \`_end - _start\` is at most ${PAGE_MAX} (400 beyond), and a list asked without paging answers its first ${PAGE_MAX}`),
    query("_sort", { type: "string", pattern: commaList(sortable) }, "comma-separated fields, e.g. `urgency,deadline`"),
    query("_order", { type: "string", pattern: commaList(["asc", "desc"]) }, "one direction per `_sort` field"),
    query("q", { type: "string" }, "keyword: records with any text field containing it"),
    query("id", { type: "array", maxItems: PAGE_MAX, items: { type: ["integer", "string"] } }, `batched read of several records (one request per page of relations), at most ${PAGE_MAX}`, anyOf),
  ];
  for (const name of resource.order) {
    const field = resource.fields[name];
    if (field.search && !isDateKind(field)) params.push(query(`${name}_like`, { type: "string" }, `${name} contains this text`));
    if (!field.filter) continue;
    if (isDateKind(field)) {
      const value = valueSchema(field);
      params.push(query(`${name}_gte`, value, `${name} on or after (inclusive)`), query(`${name}_lte`, value, `${name} on or before (inclusive)`));
    } else {
      const value = isRelation(field) ? { type: ["integer", "string"] } : valueSchema(field);
      params.push(query(name, { type: "array", items: value }, `${name} equals (repeat for any of)`, anyOf));
    }
  }
  return params;
}
