import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import pkg from "./package.json" with { type: "json" };

// Peers stay outside the bundle so the host's single copies are used (one React, one antd, one router).
// Dependencies too: the host's package manager installs them, and they dedupe with the host's.
const outside = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];
const external = (id: string) => outside.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: "dist/lib",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // `sheet-worker` is what a host's import worker runs (see readSheetInWorker).
    lib: { entry: { index: "src/index.ts", "sheet-worker": "src/views/transfer/sheetWorker.ts" }, formats: ["es"] },
    rolldownOptions: { external },
  },
});
