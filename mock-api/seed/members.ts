// Members of every branch. Each branch opens with its leaders: long-standing full members fit
// for secretary and committee (fixtures may plan other stages); the rest follow a realistic mix.
import { addYears, fromDay, toDay } from "./dates";
import { DEPARTMENTS, type DepartmentDef } from "./departments";
import { FIXTURE_STAGE_MIX, FIXTURE_STAGES, fixtureOf } from "./fixtures";
import { Identities } from "./identity";
import { profileFor } from "./profile";
import type { Random, Weighted } from "./random";
import { stageDates } from "./stage-dates";
import type { Member, MemberStage, PartyStatus } from "./types";

const VETERANS_PER_BRANCH = 3;

const STAGE_MIX: Weighted<MemberStage> = [
  ["full", 900],
  ["probationary", 50],
  ["candidate", 15],
  ["activist", 20],
  ["applicant", 15],
];

/** Retired branches admit no new members. */
const RETIRED_MIX: Weighted<MemberStage> = [["full", 1]];

const STATUS_MIX: Weighted<PartyStatus> = [
  ["normal", 990],
  ["retained", 3],
  ["suspended", 2],
  ["restored", 5],
];

function forcedStages(branchId: number): readonly MemberStage[] {
  const warning = fixtureOf(branchId);
  return (warning && FIXTURE_STAGES[warning]) ?? Array<MemberStage>(VETERANS_PER_BRANCH).fill("full");
}

interface Slot {
  id: number;
  branchId: number;
  /** Position within the branch: the first ones are its leaders. */
  index: number;
  stage: MemberStage;
  /** Stage fixed by the plan (leaders, fixtures) rather than drawn. */
  forced: boolean;
  veteran: boolean;
}

function makeMember(r: Random, people: Identities, today: string, def: DepartmentDef, slot: Slot): Member {
  const { id, branchId, index, stage, forced, veteran } = slot;
  const retired = def.type === "retired";
  const p = profileFor(r, def, index, stage, veteran);
  const birthDate = fromDay(toDay(addYears(today, -p.age)) - r.int(0, 364));
  // Only drawn members get unusual standing: planned ones must stay fit for committee seats.
  const ordinary = !forced && (stage === "full" || stage === "probationary");
  return {
    id,
    name: people.name(p.gender),
    gender: p.gender,
    ethnicity: people.ethnicity(),
    birthDate,
    idNumber: people.idNumber(birthDate, p.gender),
    phone: people.phone(),
    education: p.education,
    department: def.units ? r.pick(def.units) : def.name,
    jobTitle: p.jobTitle,
    professionalTitle: p.professionalTitle,
    branchId,
    stage,
    ...stageDates(r, { today, birthDate, stage, veteran, retired }),
    probationExtensionMonths: 0,
    partyStatus: ordinary && stage === "full" ? r.weighted(STATUS_MIX) : "normal",
    lostContact: ordinary && r.chance(0.003),
    floating: ordinary && r.chance(0.012),
    duesCategory: p.duesCategory,
    duesBase: p.duesBase,
    version: 1,
  };
}

/** All members, branch by branch; `sizes` is indexed like DEPARTMENTS. */
export function generateMembers(r: Random, today: string, sizes: readonly number[]): Member[] {
  const people = new Identities(r);
  const members: Member[] = [];
  DEPARTMENTS.forEach((def, i) => {
    const branchId = i + 1;
    const forced = forcedStages(branchId);
    const warning = fixtureOf(branchId);
    const mix = def.type === "retired" ? RETIRED_MIX : ((warning && FIXTURE_STAGE_MIX[warning]) ?? STAGE_MIX);
    for (let index = 0; index < sizes[i]; index++) {
      const planned = forced[index];
      const stage = planned ?? r.weighted(mix);
      const veteran = index < VETERANS_PER_BRANCH && planned === "full";
      const slot = { id: members.length + 1, branchId, index, stage, forced: planned !== undefined, veteran };
      members.push(makeMember(r, people, today, def, slot));
    }
  });
  return members;
}
