// Branches deliberately seeded in a warning state, so dashboards, badges and tests always have
// something to show. Every other branch is generated clear of these warnings.
import { branchIdOf } from "./departments";
import type { Weighted } from "./random";
import type { MemberStage } from "./types";

export type FixtureWarning =
  | "tooManyMembers" // > 50 Party members (full + probationary)
  | "committeeMissing" // ≥ 7 full members but no committee
  | "committeeSize" // committee of 6 (3–5 expected)
  | "tooFewFullMembers" // non-joint branch with < 3 full members
  | "termEndingSoon" // term ends within 6 months of today
  | "termOverdue"; // term ended before today

export interface WarningFixture {
  branchId: number;
  branchName: string;
  warning: FixtureWarning;
}

const fixture = (department: string, warning: FixtureWarning): WarningFixture => ({
  branchId: branchIdOf(department),
  branchName: `${department}党支部`,
  warning,
});

export const WARNING_FIXTURES: readonly WarningFixture[] = [
  fixture("骨科", "tooManyMembers"),
  fixture("康复医学科", "committeeMissing"),
  fixture("心血管内科", "committeeSize"),
  fixture("核医学科", "tooFewFullMembers"),
  fixture("神经内科", "termEndingSoon"),
  fixture("病理科", "termOverdue"),
];

export function fixtureOf(branchId: number): FixtureWarning | undefined {
  return WARNING_FIXTURES.find((f) => f.branchId === branchId)?.warning;
}

/** Sizes the fixtures need whatever the member total. */
export const FIXTURE_SIZES: Partial<Record<FixtureWarning, number>> = {
  tooManyMembers: 53,
  committeeMissing: 14,
  tooFewFullMembers: 4,
};

/** Stage mix of a fixture's drawn members: the oversized branch counts Party members only. */
export const FIXTURE_STAGE_MIX: Partial<Record<FixtureWarning, Weighted<MemberStage>>> = {
  tooManyMembers: [
    ["full", 92],
    ["probationary", 8],
  ],
};

/** Leading stages forced on a fixture's members (the rest are drawn at random). */
export const FIXTURE_STAGES: Partial<Record<FixtureWarning, readonly MemberStage[]>> = {
  committeeMissing: Array(8).fill("full"),
  committeeSize: Array(8).fill("full"),
  tooFewFullMembers: ["full", "full", "probationary", "activist"],
};
