import { describe, expect, it } from "vitest";
import { inactivityFlag, inactivityWarning } from "../../../src/domain/membershipStatus";

describe("inactivityFlag", () => {
  const last = "2024-01-15";
  it("warns from 3 calendar months and asks for review from 6", () => {
    expect(inactivityFlag(last, "2024-04-14")).toBe("none");
    expect(inactivityFlag(last, "2024-04-15")).toBe("warn");
    expect(inactivityFlag(last, "2024-07-14")).toBe("warn");
    expect(inactivityFlag(last, "2024-07-15")).toBe("review");
  });
  it("clamps month ends (last activity on 31 August → review from 28 February)", () => {
    expect(inactivityFlag("2023-08-31", "2024-02-28")).toBe("warn");
    expect(inactivityFlag("2023-08-31", "2024-02-29")).toBe("review");
  });
  it("does not flag without a recorded activity", () => {
    expect(inactivityFlag(undefined, "2024-07-15")).toBe("none");
    expect(inactivityFlag(null, "2024-07-15")).toBe("none");
  });
});

describe("inactivityWarning", () => {
  it("gives a badge with its label key and params", () => {
    expect(inactivityWarning("2024-01-15", "2024-04-15")).toEqual({
      code: "inactivityWarn",
      key: "party.warnings.inactivityWarn",
      level: "warning",
      params: { count: 3, date: "2024-01-15" },
    });
    expect(inactivityWarning("2024-01-15", "2024-07-15")).toMatchObject({ key: "party.warnings.inactivityReview", level: "error" });
    expect(inactivityWarning("2024-01-15", "2024-04-14")).toBeUndefined();
  });
});
