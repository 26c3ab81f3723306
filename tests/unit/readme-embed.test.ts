import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The README's embedding sample is this repository's tests/embed/HostAdmin.tsx, which `npm test`
// typechecks; this test keeps the two identical (only the import path differs).
describe("README embedding sample", () => {
  it("is exactly the compiled host file", () => {
    const readme = readFileSync("README.md", "utf8");
    const block = /<!-- embed:start -->\s*```tsx\n([\s\S]*?)```\s*<!-- embed:end -->/.exec(readme)?.[1];
    const file = readFileSync("tests/embed/HostAdmin.tsx", "utf8").replace('from "../../src"', 'from "refine-party-building"');
    expect(block).toBeDefined();
    expect(block).toBe(file);
  });
});
