// The plugin's mock database: a deterministic, realistic tertiary hospital. The same options
// always give byte-identical output, so tests and screenshots can rely on it.
import { generateBranches } from "./branches";
import { generateArticles } from "./articles";
import { generateCommitments } from "./commitments";
import { generateConsortium } from "./consortium";
import { generateCourses } from "./courses";
import { generateDues } from "./dues";
import { isIsoDate } from "./dates";
import { generateMembers } from "./members";
import { generatePairings } from "./pairings";
import { DEFAULT_SEED, Random } from "./random";
import { rosterByBranch } from "./roster";
import { branchSizes } from "./sizes";
import { generateStudyRecords } from "./study-records";
import type { SeedDb, SeedOptions } from "./types";
import { accountSettings, addedRoleUser, generateUsers } from "./users";
import { generateAppraisals } from "./appraisals";
import { generateMeetings } from "./meetings";
import { generateTransfers } from "./transfers";
import { generateAssessment } from "./assessment";
import { generateIndicators } from "./indicators";

export { DEFAULT_SEED } from "./random";
export { MIN_MEMBERS } from "./sizes";
export { WARNING_FIXTURES, type FixtureWarning, type WarningFixture } from "./fixtures";
export type * from "./types";

/** A fixed default keeps unparameterised runs reproducible; callers pass the real date. */
export const DEFAULT_TODAY = "2026-11-22";
export const DEFAULT_MEMBERS = 1500;

export function generateDb(options: SeedOptions = {}): SeedDb {
  const { seed = DEFAULT_SEED, today = DEFAULT_TODAY, members: total = DEFAULT_MEMBERS } = options;
  if (!isIsoDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${today}`);
  const r = new Random(seed);

  const members = generateMembers(r, today, branchSizes(total));
  const branches = generateBranches(r, today, members);
  const roster = rosterByBranch(members);
  const pairing = generatePairings(r, today, branches, roster);
  const commitments = generateCommitments(r, today, branches, roster, pairing.pairings);
  const consortium = generateConsortium(seed, today, branches, roster);
  // Organizational life draws after everything above, so the earlier collections stay as they were.
  const meetings = generateMeetings(r, today, branches, roster);
  const appraisals = generateAppraisals(r, today, branches, roster);
  const users = generateUsers(branches, members);
  // Education draws from its own sequence, so the collections above stay as they were.
  const learning = new Random(seed + 15);
  const courses = generateCourses(learning, today);
  // The demo member is behind on study hours, as some members are.
  const behind = new Set(users.filter((u) => u.role === "member" && u.memberId !== undefined).map((u) => u.memberId!));
  const studyRecords = generateStudyRecords(learning, today, members, branches, courses, behind);
  // Dues and transfers draw from their own sequence, so adding them left the rest as it was.
  const rd = new Random(seed + 16);
  // Nobody who signs in to the demo, or takes part in a pairing or a commitment, changes branch.
  const demoMembers = new Set([
    ...users.flatMap((u) => (u.memberId ? [u.memberId] : [])),
    ...[...pairing.activities, ...pairing.trainings].flatMap((a) => a.participantIds),
    ...pairing.tasks.map((t) => t.ownerId),
    ...commitments.flatMap((c) => (c.memberId ? [c.memberId] : [])),
  ]);
  const transfers = generateTransfers(rd, today, branches, members, demoMembers);
  const dues = generateDues(rd, today, members, users.find((u) => u.role === "member")!.memberId!);
  // Indicators draw from their own sequence and depend on no date: the launch they compare is fixed.
  const indicators = generateIndicators(seed + 21);

  const collections = {
    branches,
    members,
    pairings: pairing.pairings,
    "pairing-activities": pairing.activities,
    "pairing-tasks": pairing.tasks,
    "pairing-trainings": pairing.trainings,
    commitments,
    institutions: consortium.institutions,
    "consortium-agreements": consortium.agreements,
    "outreach-postings": consortium.postings,
    "outreach-activities": consortium.activities,
    "consortium-overview": [],
    meetings,
    appraisals,
    courses,
    "study-records": studyRecords,
    articles: generateArticles(learning, today, branches),
    // The role 纪检委员 added by name on the settings page, and an account that has it.
    "resource-settings": [accountSettings()],
    "audit-logs": [],
    accounts: [...users, addedRoleUser(branches, members, transfers)],
    "dues-bases": dues.bases,
    "dues-payments": dues.payments,
    transfers,
    workbench: [],
    indicators: indicators.indicators,
    "indicator-values": indicators.values,
  };
  // Branch assessment scores its automatic items from the records above, with its own sequence.
  const assessment = generateAssessment(new Random(seed + 17), today, collections as unknown as Record<string, Record<string, unknown>[]>);
  return { ...collections, "assessment-plans": assessment.plans, "assessment-tasks": assessment.tasks, "assessment-results": [] };
}
