// Rolling backups of the store: one per hour and one per day (the newest N of each kept), plus the
// ones taken by hand (`npm run backup`, before a restore), which are never pruned.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { checkStoreText } from "./checkStore";

export interface BackupOptions {
  /** Where backups go (created when absent). */
  dir: string;
  /** How many hourly and how many daily backups are kept. */
  keep: number;
}

export const DEFAULT_BACKUP_KEEP = 24;

/** The backup settings from the environment: MOCK_BACKUP_DIR (default `<store folder>/backups`) and MOCK_BACKUP_KEEP. */
export function backupOptionsFromEnv(storeDir: string, env: NodeJS.ProcessEnv = process.env): BackupOptions {
  const keep = Number(env.MOCK_BACKUP_KEEP ?? DEFAULT_BACKUP_KEEP);
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`MOCK_BACKUP_KEEP must be a whole number ≥ 1, got "${env.MOCK_BACKUP_KEEP}"`);
  return { dir: resolve(env.MOCK_BACKUP_DIR ?? join(storeDir, "backups")), keep };
}

const pad = (n: number) => String(n).padStart(2, "0");
const day = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
const stamp = (d: Date) => `${day(d)}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

export type BackupKind = "hourly" | "daily" | "manual";
const NAME = /^db-(hourly|daily|manual)-(\d{8}(?:-\d{2}(?:\d{4})?)?)\.json$/;

/** Backup files in a folder, newest first (by the time in the name, then by modification). */
export function listBackups(dir: string): { file: string; kind: BackupKind }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((b) => b.match)
    .map((b) => ({ file: join(dir, b.name), kind: b.match![1] as BackupKind, mtime: statSync(join(dir, b.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime || basename(b.file).localeCompare(basename(a.file)))
    .map(({ file, kind }) => ({ file, kind }));
}

/** The newest backup that parses and passes the store check, if any. */
export function newestGoodBackup(dir: string): string | undefined {
  return listBackups(dir).find((b) => !checkStoreText(readFileSync(b.file, "utf8")).problems.length)?.file;
}

function write(file: string, text: string) {
  writeFileAtomic.sync(file, text);
  return file;
}

/** A backup taken now, kept until removed by hand. */
export function manualBackup(text: string, options: BackupOptions, now = new Date()): string {
  mkdirSync(options.dir, { recursive: true });
  let file = join(options.dir, `db-manual-${stamp(now)}.json`);
  for (let n = 2; existsSync(file); n++) file = join(options.dir, `db-manual-${stamp(now)}-${n}.json`);
  return write(file, text);
}

/**
 * Called after each write: takes this hour's and today's backup when they are not there yet, and
 * drops the oldest beyond `keep`. Returns the files written.
 */
export function rollingBackup(text: () => string, options: BackupOptions, now = new Date()): string[] {
  const hour = join(options.dir, `db-hourly-${day(now)}-${pad(now.getHours())}.json`);
  const today = join(options.dir, `db-daily-${day(now)}.json`);
  const due = [hour, today].filter((file) => !existsSync(file));
  if (!due.length) return [];
  mkdirSync(options.dir, { recursive: true });
  const content = text();
  const written = due.map((file) => write(file, content));
  for (const kind of ["hourly", "daily"] as const) {
    const files = listBackups(options.dir).filter((b) => b.kind === kind).map((b) => b.file).sort().reverse();
    for (const old of files.slice(options.keep)) rmSync(old, { force: true });
  }
  return written;
}
