import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIVITY_FREQUENCY, missingActivities, owedPeriod, type Meeting } from "../../../src/domain/organizationalLife";

const onlyKind = (kind: string, meetings: Meeting[], period: { from: string; to: string }, config = {}) =>
  missingActivities(meetings, period, config).filter((m) => m.kind === kind);

describe("DEFAULT_ACTIVITY_FREQUENCY", () => {
  it("encodes 三会一课 and the yearly meetings", () => {
    expect(DEFAULT_ACTIVITY_FREQUENCY).toEqual({
      general_meeting: "quarterly",
      committee_meeting: "monthly",
      group_meeting: "monthly",
      party_lecture: "quarterly",
      themed_day: "monthly",
      life_meeting: "yearly",
      appraisal: "yearly",
    });
  });
});

describe("missingActivities", () => {
  const year = { from: "2024-01-01", to: "2024-12-31" };

  it("reports each quarter without a general meeting, counting meetings on block edges", () => {
    const meetings = [
      { kind: "general_meeting", date: "2024-01-01" },
      { kind: "general_meeting", date: "2024-06-30" },
      { kind: "general_meeting", date: "2024-12-31" },
    ];
    expect(onlyKind("general_meeting", meetings, year)).toEqual([{ kind: "general_meeting", from: "2024-07-01", to: "2024-09-30" }]);
  });
  it("reports every month of a year with no committee meetings, including February's leap day", () => {
    const missing = onlyKind("committee_meeting", [], year);
    expect(missing).toHaveLength(12);
    expect(missing[1]).toEqual({ kind: "committee_meeting", from: "2024-02-01", to: "2024-02-29" });
  });
  it("reports nothing for a fully compliant year", () => {
    const meetings: Meeting[] = [];
    for (let m = 1; m <= 12; m++) {
      const date = `2024-${String(m).padStart(2, "0")}-15`;
      for (const kind of ["general_meeting", "committee_meeting", "group_meeting", "party_lecture", "themed_day"]) meetings.push({ kind, date });
    }
    meetings.push({ kind: "life_meeting", date: "2024-12-20" }, { kind: "appraisal", date: "2024-12-21" });
    expect(missingActivities(meetings, year)).toEqual([]);
  });
  it("skips blocks cut by the period's edges (a month still under way is not missing yet)", () => {
    const missing = onlyKind("themed_day", [], { from: "2024-01-15", to: "2024-04-10" });
    expect(missing.map((m) => m.from)).toEqual(["2024-02-01", "2024-03-01"]);
    expect(onlyKind("life_meeting", [], { from: "2024-01-01", to: "2024-12-30" })).toEqual([]);
  });
  it("takes a configured lecture frequency and lets a kind be switched off", () => {
    const lectures = [{ kind: "party_lecture", date: "2024-03-01" }];
    expect(onlyKind("party_lecture", lectures, year, { party_lecture: "half_yearly" })).toEqual([
      { kind: "party_lecture", from: "2024-07-01", to: "2024-12-31" },
    ]);
    expect(onlyKind("committee_meeting", [], year, { committee_meeting: null })).toEqual([]);
  });
  it("ignores meetings with malformed dates and sorts by block then kind", () => {
    const missing = missingActivities([{ kind: "appraisal", date: "2024/06/01" }], year);
    expect(missing.filter((m) => m.kind === "appraisal")).toHaveLength(1);
    expect(missing.slice(0, 3).map((m) => m.kind)).toEqual(["general_meeting", "committee_meeting", "group_meeting"]);
    expect(missing.at(-1)).toEqual({ kind: "themed_day", from: "2024-12-01", to: "2024-12-31" });
  });
});

describe("owedPeriod", () => {
  const period = { from: "2025-12-01", to: "2026-11-30" };
  it("owes nothing while a branch has no members", () => {
    expect(owedPeriod(period, { memberCount: 0, establishedDate: "2010-01-01" })).toBeNull();
  });
  it("owes the whole period for a branch founded before it, or of unknown founding", () => {
    expect(owedPeriod(period, { memberCount: 5, establishedDate: "2010-01-01" })).toEqual(period);
    expect(owedPeriod(period, { memberCount: 5 })).toEqual(period);
  });
  it("owes only from the founding date on", () => {
    expect(owedPeriod(period, { memberCount: 5, establishedDate: "2026-06-15" })).toEqual({ from: "2026-06-15", to: "2026-11-30" });
    expect(owedPeriod(period, { memberCount: 5, establishedDate: "2026-12-01" })).toBeNull();
  });
  it("does not owe a block that began before the founding (a quarter founded mid-way)", () => {
    const owed = owedPeriod({ from: "2026-01-01", to: "2026-06-30" }, { memberCount: 3, establishedDate: "2026-02-10" })!;
    expect(onlyKind("general_meeting", [], owed).map((m) => m.from)).toEqual(["2026-04-01"]);
  });
});
