import { defineConfig } from "vitest/config";

export default defineConfig({
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
