import { isPartyHttpError } from "../../../src/data/httpError";
import { PAGE_MAX } from "../../../src/data/limits";
import { builtInResources } from "../../../src/resources";
import { page, sameIds, type CheckContext, id } from "./context";
import { expectThat, Skip, type createRun } from "./harness";
import { PAGE_SIZE, PROBE } from "./probe";

type Run = ReturnType<typeof createRun>;
type Row = Record<string, unknown>;

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const ordered = (values: string[], order: "asc" | "desc") =>
  values.every((v, i) => i === 0 || (order === "asc" ? values[i - 1] <= v : values[i - 1] >= v));

/** Reads: every endpoint lists; paging, total, sorting, filters, search, batched and single reads on the probe. */
export async function listChecks(run: Run, ctx: CheckContext): Promise<{ total: number; rows: Row[] }> {
  // The resources this backend's administrators defined (if it offers definitions) are lists like the built-in ones.
  const defined = await page(ctx, "resource-definitions", 1, PAGE_MAX).then(({ data }) => ["resource-definitions", ...data.map((d) => String(d.id))]).catch(() => [] as string[]);
  for (const name of [...builtInResources.map((def) => def.name), "resource-settings", ...defined]) {
    await run.check(`list ${name}`, async () => {
      const { data, total } = await page(ctx, name, 1, PAGE_SIZE);
      expectThat(Array.isArray(data), "the list is not an array");
      expectThat(Number.isFinite(total) && total >= data.length, `total ${total} for ${data.length} rows`);
      expectThat(data.every((row) => row.id !== undefined && row.id !== null), "a row has no id");
      return `${total} records`;
    });
  }

  const probe = PROBE.resource;
  let total = 0;
  let rows: Row[] = [];
  await run.check("list: paging", async () => {
    const first = await page(ctx, probe, 1, PAGE_SIZE);
    const second = await page(ctx, probe, 2, PAGE_SIZE);
    total = first.total;
    rows = first.data;
    const seen = first.data.length + second.data.length;
    // A missing or wrong total shows here: page 2 holds rows the total does not count.
    expectThat(total >= seen, `the total says ${total}, but pages 1 and 2 hold ${seen} rows`);
    if (total <= PAGE_SIZE * 2) throw new Skip(`needs more than ${PAGE_SIZE * 2} ${probe}, found ${total}`);
    expectThat(first.data.length === PAGE_SIZE && second.data.length === PAGE_SIZE, `pages of ${first.data.length} and ${second.data.length} rows, asked for ${PAGE_SIZE}`);
    const overlap = second.data.filter((r) => first.data.some((f) => String(f.id) === String(r.id)));
    expectThat(overlap.length === 0, `pages 1 and 2 share ids ${overlap.map((r) => r.id).join(",")}`);
    expectThat(second.total === total, `the total changed between pages (${total} → ${second.total})`);
    return `pages 1 and 2 of ${PAGE_SIZE} are distinct`;
  });

  // The largest collection judges the cap: a page over PAGE_MAX is refused (400) or cut to PAGE_MAX.
  await run.check("list: page cap", async () => {
    const big = "members";
    const { total: held } = await page(ctx, big, 1, 1);
    if (held <= PAGE_MAX) throw new Skip(`needs more than ${PAGE_MAX} ${big}, found ${held}`);
    try {
      const { data } = await page(ctx, big, 1, PAGE_MAX + 1);
      expectThat(data.length <= PAGE_MAX, `a page of ${PAGE_MAX + 1} ${big} answered ${data.length} rows; at most ${PAGE_MAX} may come back`);
      return `a page of ${PAGE_MAX + 1} answered ${data.length} rows`;
    } catch (error) {
      if (!isPartyHttpError(error) || error.statusCode !== 400) throw error;
      return `a page of ${PAGE_MAX + 1} refused with 400 (${error.message})`;
    }
  });

  await run.check("list: total", async () => {
    const last = Math.ceil(total / PAGE_SIZE);
    const tail = await page(ctx, probe, last, PAGE_SIZE);
    const expected = total - (last - 1) * PAGE_SIZE;
    expectThat(tail.total === total, `the last page says total ${tail.total}, the first ${total}`);
    expectThat(tail.data.length === expected, `the last page (${last}) has ${tail.data.length} rows, expected ${expected} of ${total}`);
    return `${total} in ${last} pages`;
  }, ["list: paging"]);

  await run.check("list: sort", async () => {
    const field = PROBE.sortField;
    const values = async (order: "asc" | "desc") =>
      (await page(ctx, probe, 1, 20, { sorters: [{ field, order }] })).data.map((r) => r[field]).filter((v) => v !== null && v !== undefined).map(text);
    const [asc, desc] = [await values("asc"), await values("desc")];
    expectThat(asc.length > 1 && desc.length > 1, `too few ${field} values to judge`);
    expectThat(ordered(asc, "asc"), `ascending ${field} came back out of order: ${asc.slice(0, 5).join(", ")}…`);
    expectThat(ordered(desc, "desc"), `descending ${field} came back out of order: ${desc.slice(0, 5).join(", ")}…`);
    expectThat(asc[0] < desc[0], `ascending starts at ${asc[0]}, descending at ${desc[0]}`);
    return `${field} asc ${asc[0]}…, desc ${desc[0]}…`;
  }, ["list: paging"]);

  await run.check("list: sort on two fields", async () => {
    const sorters = [{ field: PROBE.enumField, order: "asc" as const }, { field: PROBE.sortField, order: "desc" as const }];
    const { data } = await page(ctx, probe, 1, 50, { sorters });
    const keys = data.map((r) => text(r[PROBE.enumField]));
    expectThat(ordered(keys, "asc"), `${PROBE.enumField} out of order: ${keys.join(",")}`);
    for (const key of new Set(keys)) {
      const dates = data.filter((r) => text(r[PROBE.enumField]) === key).map((r) => text(r[PROBE.sortField])).filter(Boolean);
      expectThat(ordered(dates, "desc"), `within ${PROBE.enumField}=${key}, ${PROBE.sortField} is not descending`);
    }
    return `${PROBE.enumField} asc, then ${PROBE.sortField} desc`;
  }, ["list: paging"]);

  await run.check("list: filter", async () => {
    const value = rows[0][PROBE.enumField];
    const { data, total: found } = await page(ctx, probe, 1, 100, { filters: [{ field: PROBE.enumField, operator: "eq", value }] });
    expectThat(found >= 1 && found < total, `${PROBE.enumField}=${text(value)} matched ${found} of ${total}`);
    expectThat(data.every((r) => r[PROBE.enumField] === value), `a row with another ${PROBE.enumField} came back`);
    expectThat(data.some((r) => String(r.id) === String(rows[0].id)), `record ${text(rows[0].id)} is missing`);
    return `${PROBE.enumField}=${text(value)}: ${found}`;
  }, ["list: paging"]);

  await run.check("list: date range", async () => {
    const field = PROBE.dateField;
    const sorted = (await page(ctx, probe, 1, 20, { sorters: [{ field, order: "asc" }] })).data.filter((r) => r[field]);
    if (sorted.length < 6) throw new Skip(`too few ${field} values`);
    const [from, to] = [text(sorted[2][field]), text(sorted[Math.min(10, sorted.length - 1)][field])];
    const filters = [
      { field, operator: "gte" as const, value: from },
      { field, operator: "lte" as const, value: to },
    ];
    const { data, total: found } = await page(ctx, probe, 1, 100, { filters });
    expectThat(data.every((r) => text(r[field]) >= from && text(r[field]) <= to), `a row outside ${from}…${to} came back`);
    const expected = sorted.filter((r) => text(r[field]) >= from && text(r[field]) <= to).map((r) => r.id);
    expectThat(expected.every((e) => data.some((r) => String(r.id) === String(e))), `rows within ${from}…${to} are missing`);
    expectThat(found < total, `the range matched everything (${found})`);
    return `${from}…${to}: ${found}`;
  }, ["list: paging"]);

  await run.check("list: search", async () => {
    const needle = text(rows[0][PROBE.title]);
    const { data, total: found } = await page(ctx, probe, 1, 50, { filters: [{ field: "q", operator: "eq", value: needle }] });
    expectThat(data.some((r) => String(r.id) === String(rows[0].id)), `"${needle}" did not find record ${text(rows[0].id)}`);
    expectThat(found >= 1 && found < total, `"${needle}" matched ${found} of ${total}`);
    expectThat(data.every((r) => JSON.stringify(r).includes(needle)), `a row without "${needle}" came back`);
    return `"${needle}": ${found}`;
  }, ["list: paging"]);

  await run.check("getMany: one batched request", async () => {
    const ids = rows.slice(0, 3).map((r) => r.id as string | number);
    const before = ctx.requests();
    const { data } = await ctx.provider.getMany!({ resource: id(probe), ids });
    const sent = ctx.requests() - before;
    expectThat(sent === 1, `${sent} requests for ${ids.length} ids`);
    expectThat(sameIds(data.map((r) => r.id), ids), `asked for ${ids.join(",")}, got ${data.map((r) => r.id).join(",")}`);
    return `ids ${ids.join(",")} in 1 request`;
  }, ["list: paging"]);

  await run.check("getOne", async () => {
    const wanted = rows[0];
    const { data } = await ctx.provider.getOne({ resource: id(probe), id: wanted.id as string | number });
    expectThat(String(data.id) === String(wanted.id), `asked for ${text(wanted.id)}, got ${text(data.id)}`);
    expectThat(data[PROBE.title] === wanted[PROBE.title], `${PROBE.title} differs from the list's`);
    return `${probe}/${text(wanted.id)}`;
  }, ["list: paging"]);

  return { total, rows };
}
