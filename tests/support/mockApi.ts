// One real mock API per integration test file: json-server with the plugin's middlewares, on a
// free port, over in-memory copies of the deterministic seed. A thin recording front records
// every request (method, url, headers) so tests can count requests and inspect headers server-side.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { listenMockApi } from "../../mock-api/listen";
import { generateDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";

export const TODAY = "2026-11-22";

export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. `/members?id=1&id=2`. */
  url: string;
  headers: IncomingHttpHeaders;
}

export type MockApi = Awaited<ReturnType<typeof startMockApi>>;

export async function startMockApi(options: { faults?: boolean; roles?: boolean } = {}) {
  const seed = structuredClone(generateDb({ today: TODAY }));
  const hostSeed = structuredClone(generateHostDb());
  const api = await listenMockApi({
    data: structuredClone(seed),
    hostData: structuredClone(hostSeed),
    faults: options.faults ?? false,
    roles: options.roles ?? false,
    today: () => TODAY,
  });

  const requests: RecordedRequest[] = [];
  const front: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    api.app(req, res);
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  const { port } = front.address() as AddressInfo;

  return {
    /** The recording front; use it to count requests or read headers. */
    url: `http://127.0.0.1:${port}`,
    /** listenMockApi's own listener (same app, not recorded). */
    directUrl: api.url,
    /** The seed as served at start (a private copy; the server's copy changes with writes). */
    seed,
    hostSeed,
    requests,
    /** Requests recorded since `from` (an index into `requests`). */
    since: (from: number) => requests.slice(from),
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await api.close();
    },
  };
}

/** Raw JSON fetch against the API, with the status and total. */
export async function fetchJson<T = unknown>(url: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const res = await fetch(url, {
    ...rest,
    headers: { ...(json !== undefined ? { "content-type": "application/json" } : {}), ...(rest.headers as Record<string, string>) },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const text = await res.text();
  const total = res.headers.get("x-total-count");
  return {
    status: res.status,
    total: total === null ? undefined : Number(total),
    headers: res.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

/** Keeps only the keys a schema declares (drops seed-only fields the contract does not accept). */
export function pick<T extends Record<string, unknown>>(record: T, fields: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => fields.includes(key))) as Partial<T>;
}
