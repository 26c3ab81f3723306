// A member's job, sex, age, education, title and pay, drawn so they fit together
// (a 科主任 is senior and in their fifties, a nurse is usually a woman, …).
import type { DepartmentDef } from "./departments";
import type { Random, Weighted } from "./random";
import type { DuesCategory, Education, Gender, MemberStage, ProfessionalTitle } from "./types";

export interface Profile {
  jobTitle: string;
  gender: Gender;
  age: number;
  education: Education;
  professionalTitle: ProfessionalTitle;
  duesCategory: DuesCategory;
  duesBase: number;
}

/** Residents in standardized training (规培) are on a trainee stipend: flat-rate dues. */
const TRAINEE = "规培医师";

const STAFF: Record<DepartmentDef["type"], Weighted<string>> = {
  clinical: [["医师", 47], ["护士", 47], ["技师", 3], [TRAINEE, 3]],
  medtech: [["技师", 55], ["医师", 40], ["护士", 5]],
  functional: [["科员", 75], ["干事", 25]],
  joint: [["科员", 40], ["干事", 30], ["技术员", 30]],
  retired: [["退休医师", 40], ["退休护士", 35], ["退休干部", 25]],
};

const STAFF_BY_DEPARTMENT: Record<string, Weighted<string>> = {
  药学部: [["药师", 90], ["技师", 10]],
  临床营养科: [["营养师", 70], ["医师", 30]],
};

/** Titles of the first members of a branch: its leaders, who also stand for the committee. */
const LEADERS: Partial<Record<DepartmentDef["type"], readonly string[]>> = {
  clinical: ["主任", "副主任", "护士长"],
  medtech: ["主任", "副主任"],
  functional: ["主任", "副主任"],
  joint: ["科长"],
};

function jobTitleFor(r: Random, def: DepartmentDef, index: number): string {
  return LEADERS[def.type]?.[index] ?? r.weighted(STAFF_BY_DEPARTMENT[def.name] ?? STAFF[def.type]);
}

const isNurse = (job: string) => job.includes("护士");

function genderFor(r: Random, def: DepartmentDef, job: string): Gender {
  const female = isNurse(job) ? 0.95 : def.name === "妇产科" ? 0.8 : job === "主任" ? 0.35 : 0.5;
  return r.chance(female) ? "female" : "male";
}

const AGE_BY_JOB: Record<string, readonly [number, number]> = {
  主任: [46, 59],
  副主任: [40, 57],
  护士长: [36, 55],
  科长: [38, 56],
  [TRAINEE]: [24, 30],
};

// Lower bounds leave room for the whole development path after the 18th birthday.
const AGE_BY_STAGE: Record<MemberStage, readonly [number, number]> = {
  applicant: [22, 32],
  activist: [22, 36],
  candidate: [23, 38],
  probationary: [24, 40],
  full: [24, 59],
};

function ageFor(r: Random, def: DepartmentDef, job: string, stage: MemberStage, veteran: boolean): number {
  if (def.type === "retired") return r.int(60, 88);
  const [min, max] = AGE_BY_JOB[job] ?? AGE_BY_STAGE[stage];
  return r.int(veteran ? Math.max(min, 30) : min, max);
}

function educationFor(r: Random, job: string, age: number): Education {
  if (job.startsWith("退休")) return r.weighted([["bachelor", 35], ["college", 35], ["secondary", 25], ["master", 5]]);
  if (isNurse(job)) return r.weighted([["bachelor", 70], ["college", 20], ["master", 10]]);
  if (job === TRAINEE) return r.weighted([["master", 70], ["bachelor", 30]]);
  if (job === "医师" || job === "主任" || job === "副主任") {
    return age > 50
      ? r.weighted([["doctorate", 25], ["master", 35], ["bachelor", 40]])
      : r.weighted([["doctorate", 40], ["master", 45], ["bachelor", 15]]);
  }
  if (job === "技术员") return r.weighted([["college", 50], ["secondary", 30], ["bachelor", 20]]);
  if (job.endsWith("师")) return r.weighted([["master", 30], ["bachelor", 60], ["college", 10]]);
  return r.weighted([["master", 35], ["bachelor", 50], ["college", 10], ["doctorate", 5]]);
}

function professionalTitleFor(r: Random, job: string, age: number): ProfessionalTitle {
  if (job === "主任") return r.weighted([["senior", 70], ["associate_senior", 30]]);
  if (job === "副主任") return r.weighted([["senior", 40], ["associate_senior", 60]]);
  if (job === "护士长") return r.weighted([["associate_senior", 60], ["intermediate", 30], ["senior", 10]]);
  if (job === TRAINEE) return r.weighted([["none", 60], ["junior", 40]]);
  // Administrative staff may hold no professional title at all.
  const untitled = job === "科员" || job === "干事" || job === "技术员" || job === "科长" ? 30 : 0;
  if (age < 28) return r.weighted([["junior", 90], ["intermediate", 10], ["none", untitled]]);
  if (age < 35) return r.weighted([["junior", 40], ["intermediate", 60], ["none", untitled]]);
  if (age < 45) return r.weighted([["intermediate", 50], ["associate_senior", 40], ["senior", 10], ["none", untitled]]);
  return r.weighted([["intermediate", 20], ["associate_senior", 45], ["senior", 35], ["none", untitled]]);
}

// Monthly after-tax pay by title in a provincial tertiary hospital, in yuan.
const PAY: Record<ProfessionalTitle, readonly [number, number]> = {
  senior: [14000, 25000],
  associate_senior: [10000, 18000],
  intermediate: [7000, 13000],
  junior: [4500, 9000],
  none: [4000, 8000],
};

export function profileFor(r: Random, def: DepartmentDef, index: number, stage: MemberStage, veteran: boolean): Profile {
  const jobTitle = jobTitleFor(r, def, index);
  const gender = genderFor(r, def, jobTitle);
  const age = ageFor(r, def, jobTitle, stage, veteran);
  const education = educationFor(r, jobTitle, age);
  const professionalTitle = professionalTitleFor(r, jobTitle, age);
  const duesCategory: DuesCategory = def.type === "retired" ? "retired" : jobTitle === TRAINEE ? "flat" : "employed";
  const duesBase =
    duesCategory === "retired" ? r.int(3000, 9000) : duesCategory === "flat" ? 0 : r.int(...PAY[professionalTitle]);
  return { jobTitle, gender, age, education, professionalTitle, duesCategory, duesBase };
}
