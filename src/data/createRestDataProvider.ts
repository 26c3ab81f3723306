import type { DataProvider } from "@refinedev/core";
import { createPartyDataProvider } from "./createPartyDataProvider";
import type { PartyAuth } from "./httpClient";

export interface RestOptions {
  apiUrl: string;
  headers?: Record<string, string>;
  /** Requests slower than this fail as a timeout (the form keeps what was typed). */
  timeoutMs?: number;
  getToken?: PartyAuth["getToken"];
  /** Resource name → path, e.g. { members: "api/v2/dangyuan" }. */
  endpoints?: Record<string, string>;
}

/** json-server / simple-rest wire format: the party data provider with its default adapter. */
export function createRestDataProvider(options: RestOptions): DataProvider {
  const { getToken, ...rest } = options;
  return createPartyDataProvider({ ...rest, auth: getToken ? { getToken } : undefined, adapter: "simple-rest" });
}
