import { defineConfig } from "vitest/config";

// Browser tests: playwright-core drives Debian's Chromium against the built demo (`vite preview`)
// and an in-memory mock API, both started on free ports by tests/e2e/support/globalSetup.ts.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    // Kept out of the CI run, each named with the reason (see the open issues):
    // - the axe sweep (#11): every route in two languages at two widths, 17 min on an idle 2-core machine;
    //   run it with `npx vitest run --config vitest.e2e.config.ts tests/e2e/a11y.e2e.ts` after taking it out here.
    // Take a file out of this list to run it (`npx vitest run --config vitest.e2e.config.ts tests/e2e/<file>`).
    exclude: [
      ...["a11y"],
    ].map((name) => `tests/e2e/${name}.e2e.ts`),
    environment: "node",
    globalSetup: ["tests/e2e/support/globalSetup.ts"],
    // One browser at a time: the machine has 2 cores and every file drives a real Chromium.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // expect.poll waits for what a person would see; pages load lazily, so give it time.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    reporters: ["default"],
  },
});
