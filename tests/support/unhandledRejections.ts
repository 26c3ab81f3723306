// Collects unhandled promise rejections while a test runs, so a test can assert there were none
// (vitest would otherwise only report them after the run, detached from the test that caused them).
export function collectUnhandledRejections() {
  const previous = process.listeners("unhandledRejection");
  const rejections: unknown[] = [];
  const collect = (reason: unknown) => rejections.push(reason);
  let restored = false;
  process.removeAllListeners("unhandledRejection");
  process.on("unhandledRejection", collect);
  return {
    rejections,
    /** Lets pending rejections surface (one macrotask), then puts vitest's own listeners back. */
    restore: async () => {
      if (restored) return;
      restored = true;
      await new Promise((resolve) => setImmediate(resolve));
      process.off("unhandledRejection", collect);
      for (const listener of previous) process.on("unhandledRejection", listener);
    },
  };
}
