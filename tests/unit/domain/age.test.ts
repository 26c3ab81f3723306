import { describe, expect, it } from "vitest";
import { ageOn, dateOfAge, MIN_APPLICATION_AGE } from "../../../src/domain/age";

describe("ageOn", () => {
  it("counts full years, turning on the birthday", () => {
    expect(ageOn("2006-05-10", "2024-05-09")).toBe(17);
    expect(ageOn("2006-05-10", "2024-05-10")).toBe(18);
    expect(ageOn("2006-05-10", "2024-12-31")).toBe(18);
    expect(ageOn("2006-05-10", "2006-05-10")).toBe(0);
  });
  it("lets a 29 February birthday fall on 28 February in common years", () => {
    expect(ageOn("2004-02-29", "2022-02-27")).toBe(17);
    expect(ageOn("2004-02-29", "2022-02-28")).toBe(18);
    expect(dateOfAge("2004-02-29", 18)).toBe("2022-02-28");
  });
  it("throws on invalid dates", () => {
    expect(() => ageOn("2006-02-30", "2024-01-01")).toThrow(RangeError);
  });
  it("sets the application age at 18", () => {
    expect(MIN_APPLICATION_AGE).toBe(18);
  });
});
