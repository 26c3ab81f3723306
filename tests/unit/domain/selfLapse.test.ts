import { describe, expect, it } from "vitest";
import { selfLapseFlag, selfLapseWarning } from "../../../src/domain/selfLapse";

describe("the 自行脱党 review flag, from dues and organizational life", () => {
  it("warns at 3 months and asks for review at 6", () => {
    expect(selfLapseFlag({ monthsWithoutDues: 2 })).toEqual({ level: "none", months: 2, sources: [] });
    expect(selfLapseFlag({ monthsWithoutDues: 3 })).toEqual({ level: "warn", months: 3, sources: ["dues"] });
    expect(selfLapseFlag({ monthsWithoutDues: 6 })).toEqual({ level: "review", months: 6, sources: ["dues"] });
  });
  it("takes the longer run when organizational life is known, and names each source at that level", () => {
    expect(selfLapseFlag({ monthsWithoutDues: 1, monthsWithoutOrganizationalLife: 7 })).toEqual({ level: "review", months: 7, sources: ["organizationalLife"] });
    expect(selfLapseFlag({ monthsWithoutDues: 6, monthsWithoutOrganizationalLife: 8 })).toEqual({ level: "review", months: 8, sources: ["dues", "organizationalLife"] });
    expect(selfLapseFlag({ monthsWithoutDues: 4, monthsWithoutOrganizationalLife: 6 })).toEqual({ level: "review", months: 6, sources: ["organizationalLife"] });
  });
  it("takes other thresholds where local practice differs", () => {
    expect(selfLapseFlag({ monthsWithoutDues: 4 }, { warn: 2, review: 4 }).level).toBe("review");
  });
});

describe("the flag as a badge", () => {
  it("names its source and level", () => {
    expect(selfLapseWarning({ monthsWithoutDues: 2 })).toBeUndefined();
    expect(selfLapseWarning({ monthsWithoutDues: 3 })).toEqual({ code: "selfLapse", key: "party.warnings.selfLapse.warn.dues", level: "warning", params: { months: 3 } });
    expect(selfLapseWarning({ monthsWithoutDues: 6, monthsWithoutOrganizationalLife: 6 })?.key).toBe("party.warnings.selfLapse.review.both");
    expect(selfLapseWarning({ monthsWithoutDues: 0, monthsWithoutOrganizationalLife: 9 })).toMatchObject({ key: "party.warnings.selfLapse.review.organizationalLife", level: "error" });
  });
});
