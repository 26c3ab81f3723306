// Starts what the browser tests drive: an in-memory mock API (fresh seed, real today) and the built
// demo served by `vite preview`, each on a free port. Tears both down at the end.
//
// The demo served is a private copy of dist/demo, or a private build when dist/demo is missing or
// older than the sources: another run (or `npm run build`) may rebuild dist/demo while this one's
// browser still loads lazy chunks from it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { listenMockApi } from "../../../mock-api/listen";
import { generateDb } from "../../../mock-api/seed/generate";
import { generateHostDb } from "../../../mock-api/seed/generate-host";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    apiUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, "../../..");
const builtIndex = path.join(root, "dist/demo/index.html");

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** A complete build in `dir`: its index.html and every asset the page references are there. */
function isComplete(dir: string): boolean {
  const index = path.join(dir, "index.html");
  if (!existsSync(index)) return false;
  const assets = [...readFileSync(index, "utf8").matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  return assets.length > 0 && assets.every((asset) => existsSync(path.join(dir, asset)));
}

/** The directory `vite preview` serves for this run (removed at teardown). */
function prepareDemo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "party-e2e-demo-"));
  const built = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const sources = Math.max(...["src", "locales", "public", "index.html", "vite.config.ts"].map((p) => newestMtime(path.join(root, p))));
  if (built && (process.env.E2E_NO_REBUILD === "1" || built >= sources)) {
    cpSync(path.join(root, "dist/demo"), dir, { recursive: true });
    if (isComplete(dir)) return dir;
    console.log("[e2e] dist/demo changed while being copied: building");
  } else {
    console.log(built ? "[e2e] dist/demo is older than the sources: building" : "[e2e] dist/demo is missing: building");
  }
  // vitest sets NODE_ENV=test; a build inheriting it would be a development build.
  const result = spawnSync(path.join(root, "node_modules/.bin/vite"), ["build", "--outDir", dir, "--emptyOutDir"], {
    cwd: root,
    env: { ...withoutTestEnv(), NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`vite build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`[e2e] ${result.stdout.trim().split("\n").pop()}`);
  return dir;
}

function withoutTestEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.VITEST;
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer ${url} within ${timeoutMs} ms:\n${output()}`);
}

export default async function setup(project: TestProject) {
  const demoDir = prepareDemo();
  const today = new Date().toISOString().slice(0, 10);
  const api = await listenMockApi({ data: generateDb({ today }), hostData: generateHostDb(), faults: true }, 0);

  const port = await freePort();
  let log = "";
  const preview = spawn(path.join(root, "node_modules/.bin/vite"), ["preview", "--outDir", demoDir], {
    cwd: root,
    env: { ...withoutTestEnv(), PORT: String(port), API_PORT: String(api.port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  preview.stdout?.on("data", (chunk: Buffer) => (log += chunk));
  preview.stderr?.on("data", (chunk: Buffer) => (log += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;

  const teardown = async () => {
    if (preview.exitCode === null) {
      const exited = new Promise((r) => preview.once("exit", r));
      preview.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (preview.exitCode === null) preview.kill("SIGKILL");
    }
    await api.close();
    rmSync(demoDir, { recursive: true, force: true });
  };

  try {
    await waitForHttp(`${baseUrl}/`, preview, () => log);
    // Through the proxy too: the demo only ever talks to /api.
    await waitForHttp(`${baseUrl}/api/branches?_limit=1`, preview, () => log);
  } catch (error) {
    await teardown();
    throw error;
  }

  console.log(`[e2e] demo ${baseUrl}  mock API ${api.url}`);
  project.provide("baseUrl", baseUrl);
  project.provide("apiUrl", api.url);
  return teardown;
}
