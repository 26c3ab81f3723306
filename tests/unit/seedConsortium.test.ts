// The seeded county-level consortium: its size, one lead, the two quota warnings it is built to show,
// and every record passing the same checks the mock API applies to a write.
import { beforeAll, describe, expect, it } from "vitest";
import { judgeRecord, uniqueIndex } from "../../mock-api/middlewares/validateWrites";
import { generateDb, type SeedDb } from "../../mock-api/seed/generate";
import { lookupFor } from "../../mock-api/store";
import { builtInResources } from "../../src/resources";
import { computeOverview } from "../../src/resources/consortium-overview/computeOverview";
import { mergeSchema } from "../../src/schema/mergeSchema";

const TODAY = "2026-11-22";
let db: SeedDb;
beforeAll(() => {
  db = generateDb({ today: TODAY });
});

describe("the seeded consortium", () => {
  it("is about 8 institutions with one lead, 3 agreements, a year of postings and about 40 activities", () => {
    expect(db.institutions).toHaveLength(8);
    expect(db.institutions.filter((i) => i.isLead).map((i) => i.kind)).toEqual(["city_hospital"]);
    expect(db["consortium-agreements"]).toHaveLength(3);
    expect(db["outreach-activities"]).toHaveLength(40);
    const starts = db["outreach-postings"].map((p) => p.startDate).sort();
    expect(starts[0] >= "2025-11-22" && starts[starts.length - 1] <= TODAY).toBe(true);
    expect(db["consortium-overview"]).toEqual([]);
  });

  it("is deterministic and leaves the rest of the hospital as it was", () => {
    const again = generateDb({ today: TODAY });
    expect(again.institutions).toEqual(db.institutions);
    expect(again["outreach-activities"]).toEqual(db["outreach-activities"]);
  });

  it("shows exactly the township centre without a fixed physician and the understaffed community centre this year", () => {
    const rows = computeOverview(lookupFor({ get: (name) => ({ value: () => (db as Record<string, unknown>)[name] }) }), TODAY).filter((r) => r.year === 2026);
    const name = (id: unknown) => db.institutions.find((i) => i.id === id)!.name;
    expect(rows.filter((r) => (r.quotaShortfalls as string[]).length > 0).map((r) => [name(r.institutionId), r.quotaShortfalls])).toEqual([
      ["河口镇卫生院", ["fixed_physician"]],
      ["西关街道社区卫生服务中心", ["community_staff"]],
    ]);
  });

  it("passes the write checks of its own resource, record by record", () => {
    const data = lookupFor({ get: (name) => ({ value: () => (db as Record<string, unknown>)[name] }) });
    for (const name of ["institutions", "consortium-agreements", "outreach-postings", "outreach-activities"] as const) {
      const effective = mergeSchema(builtInResources.find((def) => def.name === name)!);
      const rows = db[name] as Record<string, unknown>[];
      for (const record of rows) {
        const errors = judgeRecord(effective, record, { today: TODAY, mode: "edit", original: record }, data, uniqueIndex(effective, rows));
        expect([name, record.id, errors]).toEqual([name, record.id, {}]);
      }
    }
  });
});
