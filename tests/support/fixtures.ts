// Small, hand-made records for component tests: few enough to reason about, valid by the schemas.
import type { BaseRecord } from "@refinedev/core";
import { makeIdNumber } from "../../src/domain/idCard";

const NAME_PARTS = "甲乙丙丁戊己庚辛壬癸";

export const BRANCHES = [
  { id: 1, name: "心血管内科党支部", type: "clinical", parentOrg: "内科党总支", establishedDate: "2001-08-24", secretaryId: 1, termStart: "2024-10-17", termEnd: "2027-10-17", version: 1 },
  { id: 2, name: "检验科党支部", type: "medtech", parentOrg: "医技党总支", establishedDate: "2005-03-01", secretaryId: 2, termStart: "2023-06-01", termEnd: "2026-06-01", version: 1 },
  { id: 3, name: "党委办公室党支部", type: "functional", parentOrg: "机关党总支", establishedDate: "1998-07-01", secretaryId: 3, termStart: "2025-01-10", termEnd: "2028-01-10", version: 1 },
] satisfies BaseRecord[];

const STAGES = ["full", "probationary", "candidate", "activist", "applicant"] as const;

/** 25 members over the three branches; more than one list page (20) so paging is real. */
export const MEMBERS: BaseRecord[] = Array.from({ length: 25 }, (_, i) => {
  const id = i + 1;
  const gender = i % 2 === 0 ? "male" : "female";
  const birthDate = `19${70 + (i % 25)}-0${1 + (i % 9)}-1${i % 9}`;
  return {
    id,
    // Names are letters only (digits break the name rule): 党员甲, 党员乙, … then doubled.
    name: `党员${NAME_PARTS[(id - 1) % NAME_PARTS.length]}${id > NAME_PARTS.length ? NAME_PARTS[Math.floor((id - 1) / NAME_PARTS.length)] : ""}`,
    gender,
    ethnicity: "汉族",
    birthDate,
    idNumber: makeIdNumber("110105", birthDate, i, gender),
    phone: `138${String(10_000_000 + id * 1_234).slice(0, 8)}`,
    education: "master",
    department: "心血管内科",
    jobTitle: "主治医师",
    professionalTitle: "intermediate",
    branchId: (i % 3) + 1,
    stage: STAGES[0],
    applicationDate: "2005-03-12",
    activistDate: "2006-02-22",
    candidateDate: "2007-08-27",
    admissionDate: "2007-12-10",
    fullMemberDate: "2008-12-10",
    probationExtensionMonths: 0,
    partyStatus: "normal",
    lostContact: false,
    floating: false,
    duesCategory: "employed",
    duesBase: 12_000,
    version: 1,
  };
});

export const fixtureData = () => ({ branches: structuredClone(BRANCHES), members: structuredClone(MEMBERS), "resource-settings": [] });
