import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  // Tests reach demo modules, which import the plugin by its package name (as in vite.config.ts).
  resolve: {
    alias: [
      { find: /^refine-party-building\/sheet-worker$/, replacement: path.resolve(import.meta.dirname, "src/views/transfer/sheetWorker.ts") },
      { find: /^refine-party-building$/, replacement: path.resolve(import.meta.dirname, "src/index.ts") },
    ],
  },
  test: {
    include: ["tests/{unit,components,integration}/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // Refine ships its own router context; inlining keeps a single copy (stack-notes pitfall 2).
    server: { deps: { inline: [/@refinedev\//] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
