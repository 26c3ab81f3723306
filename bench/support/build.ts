// Production builds for the benchmarks, into bench/.out/ (never dist/).
import path from "node:path";
import { build } from "vite";
import { OUT, ROOT } from "./report";

const CONFIG = path.join(ROOT, "vite.config.ts");

/** The demo host with the plugin, built exactly as `npm run build` does. */
export async function buildDemo(name: string): Promise<string> {
  const outDir = path.join(OUT, name);
  await build({ configFile: CONFIG, logLevel: "error", build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** An app under bench/ (its own index.html), with the same build settings. */
async function buildBenchApp(name: string): Promise<string> {
  const outDir = path.join(OUT, name);
  await build({ configFile: CONFIG, root: path.join(ROOT, "bench", name), publicDir: false, logLevel: "error", build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** bench/handwritten/: the hand-written list page. */
export const buildHandwritten = () => buildBenchApp("handwritten");

/** bench/minimal/: the smallest one-resource Refine + antd app, one chunk. */
export const buildMinimal = () => buildBenchApp("minimal");
