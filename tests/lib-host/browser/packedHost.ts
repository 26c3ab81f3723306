// Builds the minimal host in host/ against the PACKED library, as a hospital would install it.
//
// `npm pack` makes the tarball from dist/lib and locales exactly as it would be published (run
// `npm run build:lib` first). Rather than `npm install` it (which would ask a registry about the
// tarball's dependencies), it is unpacked into node_modules/refine-party-building of a host folder
// made inside this directory: Node's and Vite's resolution then find the package there, and every
// other import — the host's own (react, antd, Refine) and the package's peers and dependencies —
// one level further up, in the project's node_modules, where `npm ci` put them. Nothing is fetched,
// nothing is linked, and the host sees only what the tarball contains.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";

const here = import.meta.dirname;
const root = path.resolve(here, "../../..");

export interface PackedHost {
  /** The built host (index.html and assets). */
  dist: string;
  /** The tarball's file name. */
  tarball: string;
  remove: () => void;
}

export async function buildPackedHost(): Promise<PackedHost> {
  const dir = mkdtempSync(path.join(here, ".run-"));
  try {
    const [{ filename }] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as {
      filename: string;
    }[];
    const pkg = path.join(dir, "node_modules/refine-party-building");
    mkdirSync(pkg, { recursive: true });
    execFileSync("tar", ["-xzf", path.join(dir, filename), "-C", pkg, "--strip-components=1"]);
    if (!readdirSync(path.join(pkg, "dist/lib")).includes("index.js")) throw new Error("the tarball has no dist/lib/index.js: run `npm run build:lib` first");
    cpSync(path.join(here, "host"), dir, { recursive: true });
    await build({
      configFile: false,
      root: dir,
      logLevel: "error",
      plugins: [react()],
      build: { outDir: path.join(dir, "dist"), target: "es2022", chunkSizeWarningLimit: 5000 },
    });
    return { dist: path.join(dir, "dist"), tarball: filename, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
