import type { DataProvider } from "@refinedev/core";
import { createPartyDataProvider, type PartyDataProviderOptions } from "../../../src/data/createPartyDataProvider";
import { ENVELOPE_ENDPOINTS, ENVELOPE_FIELDS } from "../../../mock-api/envelope/naming";
import { scratchRecord } from "./probe";
import type { CheckContext } from "./context";

/** The JSON a hospital passes with `--config`: how to reach its backend, as in the plugin's options. */
export interface BackendConfig {
  adapter?: "simple-rest" | "envelope";
  endpoints?: Record<string, string>;
  fieldMap?: Record<string, Record<string, string>>;
  headers?: Record<string, string>;
  /** A valid new record of the probe resource (branches), when the backend wants more than name and type. */
  scratch?: Record<string, unknown>;
}

export interface BackendTarget extends BackendConfig {
  apiUrl: string;
  token?: string;
  timeoutMs?: number;
}

/**
 * The plugin's own data provider pointed at the backend, with a transport that counts requests.
 * `--adapter envelope` without endpoints means the bundled envelope mock's naming.
 */
export function checkContext(target: BackendTarget, transport: typeof fetch = fetch): CheckContext {
  let sent = 0;
  const counting: typeof fetch = (input, init) => {
    sent += 1;
    return transport(input, init);
  };
  const envelope = target.adapter === "envelope";
  const options: PartyDataProviderOptions = {
    apiUrl: target.apiUrl,
    adapter: target.adapter ?? "simple-rest",
    endpoints: target.endpoints ?? (envelope ? ENVELOPE_ENDPOINTS : undefined),
    fieldMap: target.fieldMap ?? (envelope && !target.endpoints ? ENVELOPE_FIELDS : undefined),
    headers: target.headers,
    timeoutMs: target.timeoutMs ?? 10_000,
    auth: target.token ? { getToken: () => target.token } : undefined,
    fetch: counting,
  };
  const provider: DataProvider = createPartyDataProvider(options);
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  return { provider, requests: () => sent, scratch: target.scratch ?? scratchRecord(stamp) };
}
