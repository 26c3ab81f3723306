import { it } from "vitest";
import { WARNING_FIXTURES } from "../../mock-api/seed/fixtures";
import { apiAs } from "./support-extra";
it("x", async () => {
  for (const f of WARNING_FIXTURES) {
    const b = (await apiAs(`admin`, `/branches/${f.branchId}`)).body;
    console.log(f.warning, JSON.stringify({ name: b.name, full: b.fullMemberCount, prob: b.probationaryMemberCount, c: (b.committee as unknown[])?.length, ts: b.termStart, te: b.termEnd }));
  }
});
