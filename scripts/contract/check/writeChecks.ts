import type { BaseRecord } from "@refinedev/core";
import { isPartyCreateMany } from "../../../src/data/createMany";
import { id, page, rejection, type CheckContext } from "./context";
import { expectThat, Skip, type createRun } from "./harness";
import { BAD_RECORD, PROBE } from "./probe";

type Run = ReturnType<typeof createRun>;

/**
 * Writes on a scratch record of the probe resource: create, read back, update, a stale update (409),
 * a bad record (422), delete, and a bulk create of one good and one bad row. The scratch records are
 * removed even when a check fails.
 */
export async function writeChecks(run: Run, ctx: CheckContext): Promise<void> {
  const resource = id(PROBE.resource);
  const title = PROBE.title;
  const count = async () => (await page(ctx, PROBE.resource, 1, 1)).total;
  let created: BaseRecord | undefined;
  let bulkCreated: BaseRecord | undefined;
  let version = 0;
  let deleted = false;
  const renamed = `${String(ctx.scratch[title])}-改`;
  try {
    await run.check("create", async () => {
      const { data } = await ctx.provider.create({ resource, variables: ctx.scratch });
      created = data;
      expectThat(data?.id !== undefined && data.id !== null, "the answer has no id");
      expectThat(data[title] === ctx.scratch[title], `${title} came back as ${String(data[title])}`);
      expectThat(Number(data.version) === 1, `a new record has version ${String(data.version)}, expected 1`);
      version = 1;
      return `${PROBE.resource}/${String(data.id)}`;
    });

    await run.check("read back", async () => {
      const { data } = await ctx.provider.getOne({ resource, id: created!.id! });
      for (const [field, value] of Object.entries(ctx.scratch)) expectThat(data[field] === value, `${field} reads back as ${String(data[field])}`);
      return "fields as sent";
    }, ["create"]);

    await run.check("update", async () => {
      const { data } = await ctx.provider.update({ resource, id: created!.id!, variables: { [title]: renamed, version } });
      expectThat(data[title] === renamed, `${title} came back as ${String(data[title])}`);
      expectThat(Number(data.version) === version + 1, `version ${String(data.version)} after an update of version ${version}`);
      version += 1;
      return `version ${version}`;
    }, ["create"]);

    await run.check("409 on a stale version", async () => {
      const error = await rejection(
        ctx.provider.update({ resource, id: created!.id!, variables: { [title]: `${renamed}-过期`, version: version - 1 } }),
        "409",
      );
      expectThat(error.kind === "conflict" && error.statusCode === 409, `got ${error.kind} (${error.statusCode})`);
      expectThat(Number(error.current?.version) === version, `the conflict's current record has version ${String(error.current?.version)}`);
      expectThat(error.current?.[title] === renamed, `the conflict's current ${title} is ${String(error.current?.[title])}`);
      const { data } = await ctx.provider.getOne({ resource, id: created!.id! });
      expectThat(data[title] === renamed, "the stale update was stored");
      return "current record returned, nothing stored";
    }, ["update"]);

    await run.check("422 on a bad record", async () => {
      const before = await count();
      const error = await rejection(ctx.provider.create({ resource, variables: { ...BAD_RECORD } }), "422");
      expectThat(error.kind === "validation" && error.statusCode === 422, `got ${error.kind} (${error.statusCode})`);
      const fields = Object.keys(error.fieldErrors ?? {});
      for (const field of Object.keys(BAD_RECORD)) expectThat(fields.includes(field), `no error for ${field} (errors on: ${fields.join(", ") || "none"})`);
      expectThat((await count()) === before, "the bad record was stored");
      return `errors on ${fields.join(", ")}`;
    });

    await run.check("delete", async () => {
      await ctx.provider.deleteOne({ resource, id: created!.id! });
      deleted = true;
      const error = await rejection(ctx.provider.getOne({ resource, id: created!.id! }), "404 after delete");
      expectThat(error.kind === "not-found", `reading it again gave ${error.kind} (${error.statusCode})`);
      return "then 404";
    }, ["create"]);

    // Optional in the contract: without the bulk path the provider creates the rows one by one.
    await run.check("bulk create", async () => {
      const before = await count();
      const good = { ...ctx.scratch, [title]: `${String(ctx.scratch[title])}-批量` };
      const sent = ctx.requests();
      const answer = await ctx.provider.createMany!({ resource, variables: [good, { ...BAD_RECORD }] });
      const requests = ctx.requests() - sent;
      expectThat(isPartyCreateMany(answer) && answer.outcomes.length === 2, "the answer has no outcome per row");
      const [first, second] = answer.outcomes;
      bulkCreated = "data" in first ? first.data : undefined;
      expectThat(bulkCreated?.[title] === good[title], `the good row was not stored (${"error" in first ? first.error.kind : "no record"})`);
      expectThat("error" in second && second.error.kind === "validation", "the bad row was not refused with field errors");
      expectThat((await count()) === before + 1, "not exactly the good row was stored");
      if (requests > 1) throw new Skip(`no bulk path: ${requests} requests, rows created one at a time (imports are slower)`);
      return "one request; the good row stored, the bad one refused";
    });
  } finally {
    if (created && !deleted) await ctx.provider.deleteOne({ resource, id: created.id! }).catch(() => undefined);
    if (bulkCreated) await ctx.provider.deleteOne({ resource, id: bulkCreated.id! }).catch(() => undefined);
  }
}
