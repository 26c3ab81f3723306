import { describe, expect, it } from "vitest";
import { capitalDate, capitalDay, capitalMonth, capitalNumber, capitalYear, capitalYearMonth } from "../../../src/domain/chineseNumerals";

describe("capital numerals (大写)", () => {
  it.each([
    [0, "零"],
    [1, "壹"],
    [10, "壹拾"],
    [15, "壹拾伍"],
    [20, "贰拾"],
    [30, "叁拾"],
    [45, "肆拾伍"],
    [90, "玖拾"],
    [100, "壹佰"],
    [105, "壹佰零伍"],
    [110, "壹佰壹拾"],
    [1010, "壹仟零壹拾"],
    [2006, "贰仟零陆"],
  ])("day counts and amounts: %i → %s", (n, text) => {
    expect(capitalNumber(n)).toBe(text);
  });

  it("writes the year digit by digit", () => {
    expect(capitalYear(2026)).toBe("贰零贰陆");
    expect(capitalYear(2030)).toBe("贰零叁零");
  });

  it.each([
    [1, "零壹"],
    [2, "零贰"],
    [3, "叁"],
    [9, "玖"],
    [10, "零壹拾"],
    [11, "壹拾壹"],
    [12, "壹拾贰"],
  ])("month %i → %s (零 before 1, 2 and 10, as on a 票据)", (m, text) => {
    expect(capitalMonth(m)).toBe(text);
  });

  it.each([
    [1, "零壹"],
    [9, "零玖"],
    [10, "零壹拾"],
    [11, "壹拾壹"],
    [19, "壹拾玖"],
    [20, "零贰拾"],
    [21, "贰拾壹"],
    [30, "零叁拾"],
    [31, "叁拾壹"],
  ])("day %i → %s", (d, text) => {
    expect(capitalDay(d)).toBe(text);
  });

  it("writes whole dates and months", () => {
    expect(capitalDate("2026-12-01")).toBe("贰零贰陆年壹拾贰月零壹日");
    expect(capitalDate("2027-01-15")).toBe("贰零贰柒年零壹月壹拾伍日");
    expect(capitalDate("2026-10-20")).toBe("贰零贰陆年零壹拾月零贰拾日");
    expect(capitalDate("2026-03-31")).toBe("贰零贰陆年叁月叁拾壹日");
    expect(capitalYearMonth("2026-11")).toBe("贰零贰陆年壹拾壹月");
  });

  it("refuses what it cannot write", () => {
    expect(() => capitalNumber(-1)).toThrow(RangeError);
    expect(() => capitalNumber(1.5)).toThrow(RangeError);
    expect(() => capitalNumber(10000)).toThrow(RangeError);
    expect(() => capitalDate("2026-02-30")).toThrow(RangeError);
    expect(() => capitalMonth(13)).toThrow(RangeError);
    expect(() => capitalYearMonth("2026-13")).toThrow(RangeError);
  });
});
