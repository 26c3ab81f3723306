// One "today" for the mock API and the UI: the date in the hospital's time zone, not the machine's.
import { afterEach, describe, expect, it, vi } from "vitest";
import { seedToday } from "../../../mock-api/seed/write-db";
import { DEFAULT_TIME_ZONE, todayIn } from "../../../src/domain/today";
import { setHospitalTimeZone, todayIso } from "../../../src/views/form/today";

// 2026-11-22 17:30 UTC is already the 23rd in Shanghai, still the 22nd in London and Los Angeles.
const EVENING_UTC = new Date("2026-11-22T17:30:00Z");

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  setHospitalTimeZone(undefined);
});

describe("todayIn", () => {
  it("is the calendar date in the given zone, Asia/Shanghai by default", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Asia/Shanghai");
    expect(todayIn(undefined, EVENING_UTC)).toBe("2026-11-23");
    expect(todayIn("Europe/London", EVENING_UTC)).toBe("2026-11-22");
    expect(todayIn("America/Los_Angeles", new Date("2026-01-01T07:59:00Z"))).toBe("2025-12-31");
  });
});

describe("the UI's todayIso and the mock API's seedToday agree", () => {
  it("on the hospital's date whatever zone the machine is in", () => {
    vi.useFakeTimers({ now: EVENING_UTC });
    vi.stubEnv("SEED_TODAY", "");
    expect(todayIso()).toBe("2026-11-23");
    expect(seedToday()).toBe("2026-11-23");
  });

  it("both follow a configured zone (createPartyBuilding's timeZone, the mock's PARTY_TIME_ZONE)", () => {
    vi.useFakeTimers({ now: EVENING_UTC });
    vi.stubEnv("SEED_TODAY", "");
    setHospitalTimeZone("Europe/London");
    vi.stubEnv("PARTY_TIME_ZONE", "Europe/London");
    expect(todayIso()).toBe("2026-11-22");
    expect(seedToday()).toBe("2026-11-22");
  });

  it("SEED_TODAY still pins the mock API's day", () => {
    vi.stubEnv("SEED_TODAY", "2026-01-05");
    expect(seedToday()).toBe("2026-01-05");
  });
});
