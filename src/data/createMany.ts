import type { BaseRecord } from "@refinedev/core";
import type { PartyHttpError } from "./httpError";

/** One row of `createMany`: the stored record, or why it was refused (its own request's failure included). */
export type CreateManyOutcome = { data: BaseRecord } | { error: PartyHttpError };

/** The plugin provider's `createMany` answer: Refine's `data` (the stored records) plus one outcome per row, in order. */
export interface PartyCreateManyResponse {
  data: BaseRecord[];
  outcomes: CreateManyOutcome[];
}

export const isPartyCreateMany = (response: unknown): response is PartyCreateManyResponse =>
  !!response && typeof response === "object" && Array.isArray((response as PartyCreateManyResponse).outcomes);

/** Rows per bulk request; the contract's cap (docs/backend-contract.md). */
export const BULK_MAX = 500;
/** Single creates in flight at once when the backend has no bulk create. */
export const SINGLE_CREATE_CONCURRENCY = 4;

/** `fn` over every item with at most `limit` running at once; results in input order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Single creates, a few at a time, each row's failure kept as its outcome. */
export const createEach = <T>(items: readonly T[], create: (item: T) => Promise<{ data: BaseRecord }>) =>
  mapLimited(items, SINGLE_CREATE_CONCURRENCY, (item) => create(item).then(({ data }): CreateManyOutcome => ({ data }), (error: PartyHttpError) => ({ error })));
