// The store on disk: read and checked once at start, then written whole after every change, to a
// temporary file that is flushed and renamed over the old one (write-file-atomic), so the file is
// always the old state or the new one. The folder is flushed too, so the rename survives a power cut.
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { newestGoodBackup, rollingBackup, type BackupOptions } from "./backups";
import { checkStoreText, REQUIRED_COLLECTIONS, type StoreState } from "./checkStore";

/** The command that puts a backup back; named in every refusal. */
export const RESTORE_COMMAND = "npm run restore -- FILE";

export class DamagedStoreError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    readonly backup: string | undefined,
  ) {
    super(
      [
        `The store ${file} is damaged and will not be served: ${problems.join("; ")}.`,
        "Nothing was changed or reseeded.",
        backup ? `The newest good backup is ${backup}.` : "No good backup was found.",
        backup ? `Stop here and restore it with: npm run restore -- ${backup}` : `Restore a copy you trust with: ${RESTORE_COMMAND}`,
      ].join("\n"),
    );
    this.name = "DamagedStoreError";
  }
}

/** Reads and checks a store file; throws DamagedStoreError (naming the newest good backup) when it fails. */
export function readStore(file: string, backupDir?: string, required: readonly string[] = REQUIRED_COLLECTIONS): StoreState {
  const text = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  const { state, problems } = text === undefined ? { state: undefined, problems: ["the file does not exist"] } : checkStoreText(text, required);
  if (!state) throw new DamagedStoreError(file, problems, backupDir ? newestGoodBackup(backupDir) : undefined);
  return state;
}

/** Removes temporary files a killed writer left beside the store (`db.json.<number>`); the store itself is whole. */
export function removeStaleTemps(file: string): string[] {
  const name = basename(file);
  const stale = readdirSync(dirname(file)).filter((n) => n.startsWith(`${name}.`) && /^\d+$/.test(n.slice(name.length + 1)));
  for (const n of stale) rmSync(join(dirname(file), n), { force: true });
  return stale;
}

/** Flushes a folder's entry table, so a rename just made in it is durable. */
function syncDir(dir: string) {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a whole store atomically and durably. */
export function writeStoreFile(file: string, text: string) {
  writeFileAtomic.sync(file, text);
  syncDir(dirname(file));
}

export const serialise = (state: unknown) => JSON.stringify(state);

/**
 * A store that persists on `commit()` when something changed since the last one (`touch()`);
 * in memory (no file) it only keeps the flag. Backups follow each commit when configured.
 */
export function persistence(file: string | undefined, state: { get: () => unknown; set: (state: StoreState) => void }, backups?: BackupOptions) {
  let dirty = false;
  return {
    touch: () => {
      dirty = true;
    },
    get dirty() {
      return dirty;
    },
    /** Writes the state when it changed; throws (after going back to what is on disk) when it cannot. */
    commit() {
      if (!dirty) return;
      dirty = false;
      if (!file) return;
      const text = serialise(state.get());
      try {
        writeStoreFile(file, text);
      } catch (error) {
        // Memory must not run ahead of the disk: what was not stored was not done.
        state.set(JSON.parse(readFileSync(file, "utf8")) as StoreState);
        throw error;
      }
      if (backups) rollingBackup(() => text, backups);
    },
  };
}
export type Persistence = ReturnType<typeof persistence>;
