import type { BaseRecord, DataProvider } from "@refinedev/core";
import { isPartyHttpError, type PartyHttpError } from "../../../src/data/httpError";
import { resourceIdentifier } from "../../../src/schema/i18nKeys";
import { CheckFailure } from "./harness";

export interface CheckContext {
  provider: DataProvider;
  /** Requests sent so far (the checker's transport counts them). */
  requests: () => number;
  /** A valid record of the probe resource to create (and remove). */
  scratch: Record<string, unknown>;
}

export const id = resourceIdentifier;

export async function page(ctx: CheckContext, resource: string, currentPage: number, pageSize: number, more: Partial<Parameters<DataProvider["getList"]>[0]> = {}) {
  return ctx.provider.getList<BaseRecord>({ resource: id(resource), pagination: { currentPage, pageSize, mode: "server" }, ...more });
}

/** The failure a call must end in; a success is itself a failed check. */
export async function rejection(promise: Promise<unknown>, expected: string): Promise<PartyHttpError> {
  try {
    await promise;
  } catch (error) {
    if (isPartyHttpError(error)) return error;
    throw new CheckFailure(`expected ${expected}, got ${error instanceof Error ? error.message : String(error)}`);
  }
  throw new CheckFailure(`expected ${expected}, but the request succeeded`);
}

export const sameIds = (a: readonly unknown[], b: readonly unknown[]) =>
  JSON.stringify(a.map(String).sort()) === JSON.stringify(b.map(String).sort());
