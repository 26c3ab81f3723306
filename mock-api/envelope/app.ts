import express, { type NextFunction, type Request, type Response } from "express";
import { fieldNames } from "../../src/data/fieldMap";
import { builtInResources } from "../../src/resources";
import { ENVELOPE_ENDPOINTS, ENVELOPE_FIELDS } from "./naming";
import { translateAnswer, translateRequest, type EnvelopeReply, type InnerRequest, type Resource } from "./translate";

export interface EnvelopeApiOptions {
  /** Base URL of the simple-rest mock this backend wraps (its validation, versions and data). */
  target: string;
  endpoints?: Record<string, string>;
  fields?: Record<string, Record<string, string>>;
}

const FORWARDED = /^(authorization|accept-language|x-.*)$/i;

function resourcesOf(endpoints: Record<string, string>, fields: Record<string, Record<string, string>>): [string, Resource][] {
  return Object.entries(endpoints).map(([name, path]) => {
    const names = fieldNames(name, fields[name]);
    const declared = builtInResources.find((def) => def.name === name)?.fields ?? {};
    const wireFields = new Set(["id", ...Object.keys(declared)].map((f) => names.toWire(f)));
    return [path, { name, names, wireFields }];
  });
}

/** Which resource (and id) a path addresses: `/api/v2/dangyuan/12` → members, "12". */
function route(resources: [string, Resource][], path: string): { resource: Resource; id?: string } | undefined {
  for (const [prefix, resource] of resources) {
    if (path === prefix) return { resource };
    if (path.startsWith(`${prefix}/`)) {
      const rest = path.slice(prefix.length + 1);
      if (rest && !rest.includes("/")) return { resource, id: decodeURIComponent(rest) };
    }
  }
  return undefined;
}

/** The wrapped mock's body; a crash page (not JSON) reads as no body, so its status still gets through. */
function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

async function forward(target: string, inner: Omit<InnerRequest, "operation">, req: Request) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (FORWARDED.test(name) && typeof value === "string") headers[name] = value;
  if (inner.body !== undefined) headers["content-type"] = "application/json";
  const query = new URLSearchParams(inner.query).toString();
  const res = await fetch(`${target}${inner.path}${query ? `?${query}` : ""}`, {
    method: inner.method,
    headers,
    body: inner.body === undefined ? undefined : JSON.stringify(inner.body),
  });
  return { status: res.status, total: res.headers.get("x-total-count"), body: parseJson(await res.text()) };
}

/**
 * A second backend over the same data: the envelope dialect (`{ code, msg, rows, total }`, pageNum,
 * pinyin endpoints and columns) in front of the simple-rest mock, whose validation, version checks
 * and derived fields it reuses by translating every request and answer.
 */
export function createEnvelopeApi(options: EnvelopeApiOptions) {
  const resources = resourcesOf(options.endpoints ?? ENVELOPE_ENDPOINTS, options.fields ?? ENVELOPE_FIELDS);
  const target = options.target.replace(/\/+$/, "");
  const app = express();
  const reply = (res: Response, body: EnvelopeReply) => res.status(200).json(body);

  // The demo in a browser calls this server directly, so it answers CORS preflights.
  app.use((req, res, next) => {
    res.header("Access-Control-Allow-Origin", req.headers.origin ?? "*");
    res.header("Access-Control-Allow-Methods", "GET,POST,PUT,DELETE,OPTIONS");
    res.header("Access-Control-Allow-Headers", req.headers["access-control-request-headers"] ?? "*");
    res.header("Vary", "Origin");
    if (req.method === "OPTIONS") return res.status(204).end();
    return next();
  });
  app.use(express.json({ limit: "5mb" }));
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) =>
    error ? reply(res, { code: 400, msg: "请求体不是有效的 JSON" }) : next(),
  );
  // Sign-in is the wrapped mock's own (`{ token, user }`), passed through untranslated.
  app.post("/auth/login", async (req, res) => {
    try {
      const answer = await forward(target, { method: "POST", path: "/auth/login", query: [], body: req.body }, req);
      res.status(answer.status).json(answer.body ?? {});
    } catch {
      reply(res, { code: 503, msg: "party.errors.server" });
    }
  });
  app.use(async (req, res) => {
    const found = route(resources, req.path);
    if (!found) return reply(res, { code: 404, msg: "party.errors.not-found" });
    const query = Object.entries(req.query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((item) => [k, String(item)] as [string, string]));
    const translated = translateRequest(found.resource, req.method, found.id, query, req.body);
    if (!translated.ok) return reply(res, translated.reply);
    try {
      const answer = await forward(target, translated.inner, req);
      return reply(res, translateAnswer(found.resource, translated.inner.operation, answer.status, answer.body, answer.total));
    } catch {
      return reply(res, { code: 503, msg: "party.errors.server" });
    }
  });
  return app;
}
