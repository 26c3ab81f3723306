import { describe, expect, it } from "vitest";
import { makeIdNumber } from "../../../src/domain/idCard";
import {
  activistPeriodRule,
  adultOnApplicationRule,
  checkPromotion,
  idNumberRule,
  MEMBER_STAGES,
  memberRules,
  nextStage,
  probationRule,
  STAGE_DATE_FIELD,
  stageDatesInOrderRule,
  stageHasDatesRule,
  suggestFullMemberDate,
} from "../../../src/domain/memberStages";
import type { RuleContext } from "../../../src/domain/types";

const ctx: RuleContext = { today: "2025-06-01", mode: "create" };
const ID = makeIdNumber("110105", "1990-03-07", 12, "male");

/** A full member whose every date satisfies every rule. */
const full = () => ({
  name: "张伟",
  gender: "male",
  birthDate: "1990-03-07",
  idNumber: ID,
  stage: "full",
  applicationDate: "2019-01-10",
  activistDate: "2019-03-01",
  candidateDate: "2020-03-01",
  admissionDate: "2020-07-01",
  fullMemberDate: "2021-07-01",
  probationExtensionMonths: 0,
  partyStatus: "normal",
});

describe("stages", () => {
  it("orders the stages and maps each to its date field", () => {
    expect(MEMBER_STAGES).toEqual(["applicant", "activist", "candidate", "probationary", "full"]);
    expect(STAGE_DATE_FIELD.probationary).toBe("admissionDate");
    expect(nextStage("applicant")).toBe("activist");
    expect(nextStage("probationary")).toBe("full");
    expect(nextStage("full")).toBeUndefined();
  });
  it("accepts a consistent record under every member rule", () => {
    expect(memberRules.flatMap((rule) => rule(full(), ctx))).toEqual([]);
  });
});

describe("idNumberRule", () => {
  it("puts a wrong check character on idNumber", () => {
    const last = ID[17] === "0" ? "1" : "0";
    expect(idNumberRule({ ...full(), idNumber: ID.slice(0, 17) + last }, ctx)).toEqual([
      { field: "idNumber", key: "party.rules.idChecksum" },
    ]);
  });
  it("reports a malformed number as a format error", () => {
    expect(idNumberRule({ idNumber: "11010519900307" }, ctx)).toEqual([{ field: "idNumber", key: "party.rules.idFormat" }]);
  });
  it("accepts a lower-case x check character", () => {
    // 11010519491231002X is the GB 11643 specimen with an X check character.
    expect(idNumberRule({ idNumber: "11010519491231002x", birthDate: "1949-12-31", gender: "female" }, ctx)).toEqual([]);
  });
  it("flags a birth date and sex that disagree with the ID on their own fields", () => {
    expect(idNumberRule({ ...full(), birthDate: "1990-03-08", gender: "female" }, ctx)).toEqual([
      { field: "birthDate", key: "party.rules.idBirthDateMismatch", params: { date: "1990-03-07" } },
      { field: "gender", key: "party.rules.idGenderMismatch" },
    ]);
  });
  it("flags an ID whose birth date is not a real date", () => {
    const feb30 = makeIdNumber("110105", "1990-02-30", 1, "male"); // correct check character, impossible date
    expect(idNumberRule({ idNumber: feb30 }, ctx)).toEqual([{ field: "idNumber", key: "party.rules.idBirthDateInvalid" }]);
  });
  it("says nothing when the ID is blank", () => {
    expect(idNumberRule({ idNumber: " ", birthDate: "1990-01-01" }, ctx)).toEqual([]);
  });
});

describe("adultOnApplicationRule", () => {
  it("passes on the 18th birthday and fails the day before", () => {
    expect(adultOnApplicationRule({ birthDate: "2006-05-10", applicationDate: "2024-05-10" }, ctx)).toEqual([]);
    expect(adultOnApplicationRule({ birthDate: "2006-05-10", applicationDate: "2024-05-09" }, ctx)).toEqual([
      { field: "applicationDate", key: "party.rules.applicantUnderage", params: { minAge: 18, date: "2024-05-10" } },
    ]);
  });
  it("reads the birth date from the ID number when birthDate is empty", () => {
    const idNumber = makeIdNumber("110105", "2006-05-10", 3, "female");
    expect(adultOnApplicationRule({ idNumber, applicationDate: "2024-05-09" }, ctx)).toHaveLength(1);
    expect(adultOnApplicationRule({ idNumber, applicationDate: "2024-05-10" }, ctx)).toEqual([]);
  });
});

describe("stageDatesInOrderRule", () => {
  it("allows equal dates and skips missing ones", () => {
    expect(stageDatesInOrderRule({ applicationDate: "2020-01-01", activistDate: "2020-01-01", admissionDate: "2021-06-01" }, ctx)).toEqual([]);
  });
  it("puts the error on the later field, naming the date it must not precede", () => {
    expect(stageDatesInOrderRule({ applicationDate: "2020-01-02", activistDate: "2020-01-01" }, ctx)).toEqual([
      { field: "activistDate", key: "party.rules.stageDateOrder", params: { date: "2020-01-02" } },
    ]);
  });
  it("compares across a gap with the latest earlier date", () => {
    expect(stageDatesInOrderRule({ applicationDate: "2021-01-01", activistDate: "2020-01-01", candidateDate: "2020-06-01" }, ctx)).toEqual([
      { field: "activistDate", key: "party.rules.stageDateOrder", params: { date: "2021-01-01" } },
      { field: "candidateDate", key: "party.rules.stageDateOrder", params: { date: "2021-01-01" } },
    ]);
  });
});

describe("activistPeriodRule", () => {
  it("needs one calendar year: 2023-01-01 → 2024-01-01 passes, 2023-12-31 fails", () => {
    expect(activistPeriodRule({ activistDate: "2023-01-01", candidateDate: "2024-01-01" }, ctx)).toEqual([]);
    expect(activistPeriodRule({ activistDate: "2023-01-01", candidateDate: "2023-12-31" }, ctx)).toEqual([
      { field: "candidateDate", key: "party.rules.activistPeriod", params: { date: "2024-01-01", years: 1 } },
    ]);
  });
  it("counts a leap-year span by the calendar, not by 365 days", () => {
    // 2024 has 366 days: 365 days after 2024-01-01 is 2024-12-31, still short of a year.
    expect(activistPeriodRule({ activistDate: "2024-01-01", candidateDate: "2024-12-31" }, ctx)).toHaveLength(1);
    expect(activistPeriodRule({ activistDate: "2024-01-01", candidateDate: "2025-01-01" }, ctx)).toEqual([]);
  });
});

describe("probationRule", () => {
  it("requires a year of probation from admission", () => {
    expect(probationRule({ admissionDate: "2023-07-01", fullMemberDate: "2024-07-01" }, ctx)).toEqual([]);
    expect(probationRule({ admissionDate: "2023-07-01", fullMemberDate: "2024-06-30" }, ctx)).toEqual([
      { field: "fullMemberDate", key: "party.rules.probationNotOver", params: { date: "2024-07-01" } },
    ]);
    expect(probationRule({ admissionDate: "2023-07-01", fullMemberDate: "2025-03-01" }, ctx)).toEqual([]);
  });
  it("adds an extension of 6–12 months", () => {
    const base = { admissionDate: "2023-07-01", probationExtensionMonths: 6 };
    expect(probationRule({ ...base, fullMemberDate: "2024-12-31" }, ctx)).toEqual([
      { field: "fullMemberDate", key: "party.rules.probationNotOver", params: { date: "2025-01-01" } },
    ]);
    expect(probationRule({ ...base, fullMemberDate: "2025-01-01" }, ctx)).toEqual([]);
    expect(probationRule({ ...base, probationExtensionMonths: 12, fullMemberDate: "2025-06-30" }, ctx)).toHaveLength(1);
  });
  it.each([1, 5, 13, 6.5, -6])("rejects an extension of %s months", (months) => {
    expect(probationRule({ probationExtensionMonths: months }, ctx)).toEqual([
      { field: "probationExtensionMonths", key: "party.rules.probationExtension", params: { min: 6, max: 12 } },
    ]);
  });
  it.each([0, 6, 12])("accepts an extension of %s months", (months) => {
    expect(probationRule({ probationExtensionMonths: months }, ctx)).toEqual([]);
  });
});

describe("stageHasDatesRule", () => {
  it("requires the dates of the stage and all earlier stages", () => {
    expect(stageHasDatesRule({ stage: "candidate", applicationDate: "2020-01-01" }, ctx)).toEqual([
      { field: "activistDate", key: "party.rules.stageDateRequired" },
      { field: "candidateDate", key: "party.rules.stageDateRequired" },
    ]);
    expect(stageHasDatesRule({ stage: "applicant", applicationDate: "2020-01-01" }, ctx)).toEqual([]);
  });
  it("treats a malformed date as missing", () => {
    expect(stageHasDatesRule({ stage: "applicant", applicationDate: "2020/01/01" }, ctx)).toHaveLength(1);
  });
});

describe("suggestFullMemberDate", () => {
  it("is admission + 1 year + extension", () => {
    expect(suggestFullMemberDate("2023-07-01")).toBe("2024-07-01");
    expect(suggestFullMemberDate("2023-08-31", 6)).toBe("2025-02-28");
    expect(suggestFullMemberDate("2023-07-01", 3)).toBeUndefined();
  });
});

describe("checkPromotion", () => {
  const activist = { stage: "activist", applicationDate: "2022-05-01", activistDate: "2023-01-01" };
  const probationary = { ...full(), stage: "probationary", admissionDate: "2024-07-01", fullMemberDate: undefined };

  it("promotes an activist after a full year, dated today", () => {
    expect(checkPromotion(activist, "2024-01-01")).toEqual({ ok: true, stage: "candidate", dateField: "candidateDate", date: "2024-01-01" });
  });
  it("refuses an activist one day short, naming the earliest date", () => {
    expect(checkPromotion(activist, "2023-12-31")).toEqual({
      ok: false,
      error: { field: "candidateDate", key: "party.rules.activistPeriod", params: { date: "2024-01-01", years: 1 } },
    });
  });
  it("promotes a probationary member once probation (with extension) is over", () => {
    expect(checkPromotion(probationary, "2025-06-30")).toMatchObject({ ok: false, error: { key: "party.rules.probationNotOver" } });
    expect(checkPromotion(probationary, "2025-07-01")).toEqual({ ok: true, stage: "full", dateField: "fullMemberDate", date: "2025-07-01" });
    const extended = { ...probationary, probationExtensionMonths: 6 };
    expect(checkPromotion(extended, "2025-12-31")).toEqual({
      ok: false,
      error: { field: "fullMemberDate", key: "party.rules.probationNotOver", params: { date: "2026-01-01" } },
    });
  });
  it("refuses a full member, an expelled one, and an unknown stage", () => {
    expect(checkPromotion(full(), "2025-01-01")).toEqual({ ok: false, error: { field: "stage", key: "party.rules.promotionFinal" } });
    expect(checkPromotion({ ...activist, partyStatus: "expelled" }, "2025-01-01")).toMatchObject({ ok: false, error: { key: "party.rules.promotionExpelled" } });
    expect(checkPromotion({ stage: "member" }, "2025-01-01")).toMatchObject({ ok: false, error: { key: "party.rules.stageUnknown" } });
  });
  it("refuses without the current stage's date, or when that date is after today", () => {
    expect(checkPromotion({ stage: "applicant" }, "2025-01-01")).toEqual({
      ok: false,
      error: { field: "applicationDate", key: "party.rules.stageDateRequired" },
    });
    expect(checkPromotion({ stage: "applicant", applicationDate: "2025-01-02" }, "2025-01-01")).toMatchObject({
      ok: false,
      error: { field: "activistDate", key: "party.rules.stageDateOrder" },
    });
    expect(checkPromotion({ stage: "applicant", applicationDate: "2025-01-01" }, "2025-01-01")).toMatchObject({ ok: true, stage: "activist" });
  });
});
