// `npm run seed`: writes the plugin's db.json and the demo host's host-db.json.
//   npm run seed -- --members 20000 --out bench/db --seed 7
// SEED_TODAY=YYYY-MM-DD pins "today" (default: the date in PARTY_TIME_ZONE, Asia/Shanghai).
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import writeFileAtomic from "write-file-atomic";
import { generateDb } from "./generate";
import { generateHostDb } from "./generate-host";
import { seedToday } from "./today";

export { seedToday } from "./today";

export const DB_FILE = "db.json";
export const HOST_DB_FILE = "host-db.json";
/** The mock-api folder, where the server looks for its data. */
export const DEFAULT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface WriteOptions {
  seed?: number;
  today?: string;
  members?: number;
}

function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, `${JSON.stringify(data, null, 2)}\n`);
}

function counts(db: object): string {
  return Object.entries(db)
    .map(([name, rows]) => `${name} ${(rows as unknown[]).length}`)
    .join(", ");
}

/** Writes both files (overwriting) and returns a one-line summary per file. */
export function writeDb(dir: string = DEFAULT_DIR, options: WriteOptions = {}): string[] {
  return [writePlugin(dir, options), writeHost(dir, options)];
}

function writePlugin(dir: string, options: WriteOptions, file = join(dir, DB_FILE)): string {
  const db = generateDb({ ...options, today: options.today ?? seedToday() });
  writeJson(file, db);
  return `${relative(dir, file) || DB_FILE}: ${counts(db)}`;
}

function writeHost(dir: string, options: WriteOptions): string {
  const db = generateHostDb({ seed: options.seed });
  writeJson(join(dir, HOST_DB_FILE), db);
  return `${HOST_DB_FILE}: ${counts(db)}`;
}

/**
 * Generates whichever of the two files is absent (the server calls this at start). A file that is
 * there is never overwritten, even when damaged: the server refuses it instead.
 */
export function ensureDb(dir: string = DEFAULT_DIR, options: WriteOptions = {}, file = join(dir, DB_FILE)): string[] {
  const written: string[] = [];
  if (!existsSync(file)) written.push(writePlugin(dir, options, file));
  if (!existsSync(join(dir, HOST_DB_FILE))) written.push(writeHost(dir, options));
  return written;
}

function integerArg(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} expects a whole number, got "${value}"`);
  return Number(value);
}

function main(): void {
  const { values } = parseArgs({
    options: { members: { type: "string" }, out: { type: "string" }, seed: { type: "string" } },
  });
  const dir = resolve(values.out ?? DEFAULT_DIR);
  const options = { members: integerArg("members", values.members), seed: integerArg("seed", values.seed) };
  const started = performance.now();
  const lines = writeDb(dir, options);
  const rel = relative(process.cwd(), dir);
  const where = rel.startsWith("..") ? dir : rel || ".";
  console.log(`Seeded ${where} (today ${seedToday()}) in ${Math.round(performance.now() - started)} ms`);
  for (const line of lines) console.log(`  ${line}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
