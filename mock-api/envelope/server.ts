// `npm run mock:envelope`: the envelope-dialect backend on ENVELOPE_PORT (default 4020).
//   By default it wraps its own simple-rest mock over mock-api/db.json; with
//   ENVELOPE_TARGET=http://127.0.0.1:4010 it wraps an already running `npm run mock` instead
//   (two servers must not write the same db.json).
import path from "node:path";
import { ensureDb } from "../seed/write-db";
import { listenEnvelopeApi } from "./listen";

const dir = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.ENVELOPE_PORT ?? 4020);
const host = process.env.API_HOST ?? "127.0.0.1";
const target = process.env.ENVELOPE_TARGET;

if (!target) for (const line of ensureDb(dir)) console.log(`Seeded ${line}`);
const api = await listenEnvelopeApi(
  { data: path.join(dir, "db.json"), hostData: path.join(dir, "host-db.json"), target },
  port,
  host,
);
console.log(`Envelope mock API  ${api.url}/api/v2/…  (wrapping ${target ?? api.inner!.url})`);
