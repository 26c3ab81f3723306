import { describe, expect, it } from "vitest";
import { monthlyDues } from "../../../src/domain/dues";

describe("monthlyDues", () => {
  it.each([
    [0, 0],
    [3000, 15],
    [3000.01, 30],
    [5000, 50],
    [5000.01, 75],
    [10000, 150],
    [10000.01, 200],
    [12345.67, 246.91],
    [1234.5, 6.17], // 6.1725 → 6.17
    [2999.99, 15], // 14.99995 → 15.00
  ])("employed, base %s → %s yuan", (base, dues) => {
    expect(monthlyDues({ category: "employed", base })).toBe(dues);
  });
  it.each([
    [5000, 25],
    [5000.01, 50],
    [8000, 80],
    [2000, 10],
  ])("retired, base %s → %s yuan", (base, dues) => {
    expect(monthlyDues({ category: "retired", base })).toBe(dues);
  });
  it("charges a flat 0.20 yuan whatever the base", () => {
    expect(monthlyDues({ category: "flat", base: 20000 })).toBe(0.2);
    expect(monthlyDues({ category: "flat", base: Number.NaN })).toBe(0.2);
  });
  it("refuses a negative or non-finite base and an unknown category", () => {
    expect(() => monthlyDues({ category: "employed", base: -1 })).toThrow(RangeError);
    expect(() => monthlyDues({ category: "retired", base: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => monthlyDues({ category: "student" as never, base: 100 })).toThrow(RangeError);
    expect(() => monthlyDues({ category: "toString" as never, base: 100 })).toThrow(RangeError);
  });
});
