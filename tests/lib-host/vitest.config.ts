import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  resolve: { alias: { "refine-party-building": path.join(root, "dist/lib/index.js") } },
  test: {
    include: ["tests/lib-host/**/*.test.tsx"],
    setupFiles: ["tests/setup.ts"],
    server: { deps: { inline: [/@refinedev\//] } },
    testTimeout: 30_000,
  },
});
