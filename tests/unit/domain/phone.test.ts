import { describe, expect, it } from "vitest";
import { isValidMobile } from "../../../src/domain/phone";

describe("isValidMobile", () => {
  it.each(["13812341234", "19912345678", " 15000000000 "])("accepts %s", (value) => {
    expect(isValidMobile(value)).toBe(true);
  });
  it.each([
    ["12812341234", "second digit 2"],
    ["10812341234", "second digit 0"],
    ["1381234123", "10 digits"],
    ["138123412345", "12 digits"],
    ["+8613812341234", "country code"],
    ["138 1234 1234", "inner spaces"],
    ["1381234123a", "a letter"],
  ])("rejects %s (%s)", (value) => {
    expect(isValidMobile(value)).toBe(false);
  });
});
