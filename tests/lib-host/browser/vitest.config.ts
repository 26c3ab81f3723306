import path from "node:path";
import { defineConfig } from "vitest/config";

// The packed library in a minimal Vite-built host, in Chromium (after `npm run build:lib`; see .ci/run).
export default defineConfig({
  root: path.resolve(import.meta.dirname, "../../.."),
  test: {
    include: ["tests/lib-host/browser/**/*.browser.test.ts"],
    environment: "node",
    testTimeout: 240_000,
    hookTimeout: 600_000,
    expect: { poll: { timeout: 60_000, interval: 200 } },
  },
});
