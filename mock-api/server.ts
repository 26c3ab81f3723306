// `npm run mock`: the embedded mock API on API_PORT (default 4010), persisted to MOCK_DB (default
// mock-api/db.json) with rolling backups. A store that does not parse or fails the check stops it.
//   npm run mock -- --empty   start an absent store empty (accounts only), to restore an export into
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { listenMockApi } from "./listen";
import { rollingBackup } from "./persistence/backups";
import { storeConfig } from "./persistence/config";
import { DamagedStoreError, removeStaleTemps, serialise, writeStoreFile } from "./persistence/fileStore";
import { claimStore } from "./persistence/lock";

const { values } = parseArgs({ options: { empty: { type: "boolean" } } });
const port = Number(process.env.API_PORT ?? 4010);
const host = process.env.API_HOST ?? "127.0.0.1";
const { file, backups } = storeConfig();
const dir = dirname(file);

const hostFile = join(dir, "host-db.json");
// The seed code (and faker) loads only when a file has to be made.
if (values.empty && !existsSync(file)) {
  const { emptyDb } = await import("./seed/empty");
  writeStoreFile(file, serialise(emptyDb()));
  console.log(`Created an empty store ${file}`);
}
if (!existsSync(file) || !existsSync(hostFile)) {
  const { ensureDb } = await import("./seed/write-db");
  for (const line of ensureDb(dir, {}, file)) console.log(`Seeded ${line}`);
}

try {
  const release = claimStore(file);
  removeStaleTemps(file);
  const api = await listenMockApi(
    {
      data: file,
      hostData: hostFile,
      faults: process.env.MOCK_FAULTS === "1",
      roles: process.env.MOCK_ROLES !== "0",
      backups,
      pageMax: process.env.MOCK_PAGE_MAX ? Number(process.env.MOCK_PAGE_MAX) : undefined,
    },
    port,
    host,
  ).catch((error: unknown) => {
    release();
    throw error;
  });
  const stop = () => {
    release();
    void api.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // A backup of the store as it was found, before the first write of this run.
  rollingBackup(() => readFileSync(file, "utf8"), backups);
  console.log(`Store     ${file} (backups in ${backups.dir}, last ${backups.keep} hourly and daily kept)`);
  console.log(`Mock API  ${api.url}`);
} catch (error) {
  console.error(error instanceof DamagedStoreError ? `\n${error.message}\n` : error);
  process.exit(1);
}
