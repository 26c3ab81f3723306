// Small helpers shared by the benchmarks: sizes, tables, statistics, result files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const OUT = path.join(ROOT, "bench/.out");
const RESULTS = path.join(ROOT, "bench/results");

/** gzip size in kB (zlib level 9), the figure bundle budgets are usually quoted in. */
export const gzipKb = (data: Buffer | string) => zlib.gzipSync(data, { level: 9 }).length / 1024;

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints rows as an aligned text table. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells.slice(1)) console.log(line(r));
}

export function writeResult(name: string, data: object): string {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, ...data }, null, 2)}\n`);
  return path.relative(ROOT, file);
}

/**
 * Removes a bench's builds under bench/.out/ once it has measured them (ESLint would otherwise parse
 * the bundles on every `npm run lint`). BENCH_KEEP_BUILDS=1 keeps them for inspection.
 */
export function removeBuilds(...names: string[]): void {
  if (process.env.BENCH_KEEP_BUILDS === "1") return;
  for (const name of names) rmSync(path.join(OUT, name), { recursive: true, force: true });
}
