// Where the embedded API keeps its store and backups, from the environment (documented in README).
import { dirname, join, resolve } from "node:path";
import { backupOptionsFromEnv } from "./backups";

export const MOCK_DIR = resolve(import.meta.dirname, "..");

/** MOCK_DB (default mock-api/db.json) and the backup settings beside it. */
export function storeConfig(env: NodeJS.ProcessEnv = process.env) {
  const file = resolve(env.MOCK_DB ?? join(MOCK_DIR, "db.json"));
  return { file, backups: backupOptionsFromEnv(dirname(file), env) };
}
