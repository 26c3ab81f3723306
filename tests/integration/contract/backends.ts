// Both mock backends for the contract tests, each on free ports over its own in-memory copy of the
// seed, plus a recording front (to see what went over the wire) and a sabotaging one (to prove the
// checker notices a backend that breaks the contract).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { listenEnvelopeApi } from "../../../mock-api/envelope/listen";
import type { MockApiOptions } from "../../../mock-api/app";
import { listenMockApi } from "../../../mock-api/listen";
import { generateDb } from "../../../mock-api/seed/generate";
import { generateHostDb } from "../../../mock-api/seed/generate-host";

export const TODAY = "2026-11-22";
export const seed = () => ({ data: structuredClone(generateDb({ today: TODAY })), hostData: generateHostDb(), today: () => TODAY });

export const startSimpleRest = (more: Partial<MockApiOptions> = {}) => listenMockApi({ ...seed(), ...more });
export const startEnvelope = () => listenEnvelopeApi(seed());

export interface Recorded {
  method: string;
  url: URL;
  body: unknown;
}

export interface Front {
  url: string;
  requests: Recorded[];
  close: () => Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export interface Tamper {
  /** Rewrites the request before it reaches the backend. */
  request?: (req: { method: string; url: URL; body: string }) => void | Promise<void>;
  /** Response headers to leave out. */
  dropHeaders?: string[];
}

/** A proxy in front of `target` that records every request and can tamper with it. */
export async function front(target: string, tamper: Tamper = {}): Promise<Front> {
  const requests: Recorded[] = [];
  const server: Server = createServer(async (req, res) => {
    const text = await readBody(req);
    const url = new URL(req.url ?? "/", target);
    requests.push({ method: req.method ?? "GET", url, body: text ? JSON.parse(text) : undefined });
    const outgoing = { method: req.method ?? "GET", url, body: text };
    await tamper.request?.(outgoing);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string" && !["host", "content-length", "connection"].includes(name)) headers[name] = value;
    const answer = await fetch(outgoing.url, { method: outgoing.method, headers, body: outgoing.body || undefined });
    const dropped = new Set((tamper.dropHeaders ?? []).map((h) => h.toLowerCase()));
    answer.headers.forEach((value, name) => {
      if (!dropped.has(name) && !["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name)) res.setHeader(name, value);
    });
    res.statusCode = answer.status;
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
