// While the API runs, `<store>.pid` holds its process id, so a restore can refuse to write under it.
import { existsSync, readFileSync, rmSync } from "node:fs";
import writeFileAtomic from "write-file-atomic";

export const lockFile = (store: string) => `${store}.pid`;

/** The process id of a live server using the store, if any (a lock left by a killed one is ignored). */
export function runningServer(store: string): number | undefined {
  const file = lockFile(store);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Claims the store for this process; the returned function releases it. */
export function claimStore(store: string): () => void {
  const other = runningServer(store);
  if (other) throw new Error(`Another mock API (process ${other}) is serving ${store}; stop it first.`);
  writeFileAtomic.sync(lockFile(store), `${process.pid}\n`);
  return () => rmSync(lockFile(store), { force: true });
}
