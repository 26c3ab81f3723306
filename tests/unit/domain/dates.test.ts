import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, isIsoDate, startOfBlock } from "../../../src/domain/dates";

describe("isIsoDate", () => {
  it("accepts real dates written YYYY-MM-DD only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-1-01")).toBe(false);
    expect(isIsoDate("2024-01-01T00:00:00Z")).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
  });
});

describe("addMonths / addYears / addDays", () => {
  it("clamps to the last day of a shorter month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });
  it("crosses year boundaries both ways", () => {
    expect(addMonths("2023-11-15", 3)).toBe("2024-02-15");
    expect(addMonths("2024-02-15", -3)).toBe("2023-11-15");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
  });
  it("rejects malformed input", () => {
    expect(() => addMonths("2024-02-30", 1)).toThrow(RangeError);
  });
});

describe("startOfBlock", () => {
  it("finds the calendar month, quarter, half-year and year", () => {
    expect(startOfBlock("2024-05-20", 1)).toBe("2024-05-01");
    expect(startOfBlock("2024-05-20", 3)).toBe("2024-04-01");
    expect(startOfBlock("2024-05-20", 6)).toBe("2024-01-01");
    expect(startOfBlock("2024-07-01", 6)).toBe("2024-07-01");
    expect(startOfBlock("2024-12-31", 12)).toBe("2024-01-01");
  });
});
