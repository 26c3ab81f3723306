// `npm run mock`: the embedded mock API on API_PORT (default 4010), persisted to mock-api/db.json.
import path from "node:path";
import { listenMockApi } from "./listen";
import { ensureDb } from "./seed/write-db";

const dir = import.meta.dirname;
const port = Number(process.env.API_PORT ?? 4010);
const host = process.env.API_HOST ?? "127.0.0.1";

const written = ensureDb(dir);
for (const line of written) console.log(`Seeded ${line}`);
const api = await listenMockApi(
  { data: path.join(dir, "db.json"), hostData: path.join(dir, "host-db.json"), faults: process.env.MOCK_FAULTS === "1", roles: process.env.MOCK_ROLES !== "0" },
  port,
  host,
);
console.log(`Mock API  ${api.url}`);
