import type { BaseRecord, DataProvider, GetListParams } from "@refinedev/core";
import { describe, expect, it } from "vitest";
import { PAGE_MAX } from "../../../src/data/limits";
import { builtInResources } from "../../../src/resources";
import { matchRelations } from "../../../src/views/transfer/matchRelations";

const defs = Object.fromEntries(builtInResources.map((def) => [def.name, def]));

/** A backend holding `members` that answers like the mock API: never more than PAGE_MAX a page. */
function backend(members: BaseRecord[]) {
  const asked: GetListParams[] = [];
  const provider = {
    getList: async (params: GetListParams) => {
      asked.push(params);
      const { currentPage = 1, pageSize = 10 } = params.pagination ?? {};
      if (pageSize > PAGE_MAX) throw new Error(`page of ${pageSize} refused`);
      const filter = params.filters?.[0] as { field: string; value: string[] };
      const matching = members.filter((m) => filter.value.includes(String(m[filter.field])));
      return { data: matching.slice((currentPage - 1) * pageSize, currentPage * pageSize), total: matching.length };
    },
  } as unknown as DataProvider;
  return { provider, asked };
}

describe("matchRelations", () => {
  it("pages within the backend's cap, so a name shared by more members than one page holds is still judged ambiguous", async () => {
    // 600 members called 王伟 in branch 1, one 李娜 in branch 2.
    const members = [...Array.from({ length: 600 }, (_, i) => ({ id: i + 1, name: "王伟", branchId: 1 })), { id: 601, name: "李娜", branchId: 2 }];
    const { provider, asked } = backend(members);
    const sheet = { headers: ["姓名", "所在支部", "学时"], rows: [["李娜", "2", 2], ["王伟", "1", 2]] };
    const header = (target: string, field: string) => ({ name: "姓名", branchId: "所在支部" })[field] ?? `${target}.${field}`;
    const { sheet: out, errors } = await matchRelations(provider, defs["study-records"], (name) => defs[name], sheet, header);

    expect(asked.every((p) => (p.pagination?.pageSize ?? 0) <= PAGE_MAX)).toBe(true);
    expect(asked.some((p) => p.pagination?.currentPage === 2), "the second page of 王伟 is asked for").toBe(true);
    const memberColumn = out.headers.indexOf("memberId");
    expect(out.rows[0][memberColumn]).toBe(601);
    expect(errors.get(1)).toMatchObject({ field: "memberId", key: "party.import.ambiguousMatch" });
  });
});
