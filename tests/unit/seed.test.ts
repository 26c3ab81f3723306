import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { birthDateFromId, genderFromId, isValidIdChecksum } from "../../src/domain/idCard";
import { addMonths, addYears } from "../../mock-api/seed/dates";
import {
  MIN_MEMBERS,
  WARNING_FIXTURES,
  generateDb,
  type Branch,
  type FixtureWarning,
  type Member,
  type SeedDb,
} from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";
import { DB_FILE, HOST_DB_FILE, ensureDb } from "../../mock-api/seed/write-db";
import { ADDED_ROLE, ADDED_ROLE_ACCOUNT, DEMO_PASSWORD, accountSettings } from "../../mock-api/seed/users";

const TODAY = "2026-11-22";
const STAGE_FIELDS = ["applicationDate", "activistDate", "candidateDate", "admissionDate", "fullMemberDate"] as const;
const STAGES = ["applicant", "activist", "candidate", "probationary", "full"] as const;
const MOBILE = /^1[3-9]\d{9}$/;

let db: SeedDb;
beforeAll(() => {
  db = generateDb({ today: TODAY });
});

const byId = <T extends { id: number }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));
const membersOf = (data: SeedDb, branchId: number) => data.members.filter((m) => m.branchId === branchId);
const fullCount = (data: SeedDb, branchId: number) => membersOf(data, branchId).filter((m) => m.stage === "full").length;

/** The warnings a branch shows, computed straight from domain-rules.md. */
function warningsOf(data: SeedDb, branch: Branch, today: string): FixtureWarning[] {
  const warnings: FixtureWarning[] = [];
  const full = fullCount(data, branch.id);
  const partyMembers = membersOf(data, branch.id).filter((m) => m.stage === "full" || m.stage === "probationary");
  if (partyMembers.length > 50) warnings.push("tooManyMembers");
  if (full >= 7 && branch.committee.length === 0) warnings.push("committeeMissing");
  if (branch.committee.length > 5) warnings.push("committeeSize");
  if (branch.type !== "joint" && full < 3) warnings.push("tooFewFullMembers");
  if (branch.termEnd < today) warnings.push("termOverdue");
  else if (branch.termEnd <= addMonths(today, 6)) warnings.push("termEndingSoon");
  return warnings;
}

/** Every invariant a member must satisfy, whatever the options; returns the violations. */
function memberProblems(data: SeedDb, today: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, m: Member, what: string) => {
    if (!ok) problems.push(`member ${m.id}: ${what}`);
  };
  const yearAgo = addYears(today, -1);
  for (const m of data.members) {
    check(isValidIdChecksum(m.idNumber), m, "idNumber checksum");
    check(birthDateFromId(m.idNumber) === m.birthDate, m, "idNumber birth date");
    check(genderFromId(m.idNumber) === m.gender, m, "idNumber sex");
    check(MOBILE.test(m.phone), m, "phone");
    check(/^\S{2,4}$/.test(m.name), m, "name");

    // Exactly the dates of the stages reached, in order, from an adult applicant.
    const reached = STAGES.indexOf(m.stage);
    const dates = STAGE_FIELDS.map((f) => m[f]);
    dates.forEach((date, i) => check((date !== undefined) === i <= reached, m, `${STAGE_FIELDS[i]} presence`));
    const present = dates.filter((d): d is string => d !== undefined);
    check(present.join() === [...present].sort().join(), m, "stage dates order");
    check(present.every((d) => d <= today), m, "stage date in the future");
    const { applicationDate, activistDate, candidateDate, admissionDate } = m;
    if (applicationDate) check(applicationDate >= addYears(m.birthDate, 18), m, "under 18 on application");
    if (candidateDate && activistDate) check(candidateDate >= addYears(activistDate, 1), m, "activist period");
    if (m.stage === "full" && admissionDate) check(m.fullMemberDate === addYears(admissionDate, 1), m, "probation length");
    if (m.stage === "probationary" && admissionDate) check(admissionDate > yearAgo, m, "probation over");

    const [min, max] = { employed: [4000, 25000], retired: [3000, 9000], flat: [0, 0] }[m.duesCategory];
    check(m.duesBase >= min && m.duesBase <= max, m, "duesBase");
  }
  if (new Set(data.members.map((m) => m.idNumber)).size !== data.members.length) problems.push("duplicate idNumber");
  if (new Set(data.members.map((m) => m.phone)).size !== data.members.length) problems.push("duplicate phone");
  return problems;
}

describe("generateDb", () => {
  it("is deterministic for the same options and varies with the seed", () => {
    const json = JSON.stringify(db);
    expect(JSON.stringify(generateDb({ today: TODAY }))).toBe(json);
    expect(JSON.stringify(generateDb({ today: TODAY, seed: 7 }))).not.toBe(json);
  });

  it("produces every collection in the expected size", () => {
    expect(db.members).toHaveLength(1500);
    expect(db.branches.length).toBeGreaterThanOrEqual(55);
    expect(db.branches.length).toBeLessThanOrEqual(65);
    expect(db.pairings.length).toBeGreaterThanOrEqual(15);
    expect(db.pairings.length).toBeLessThanOrEqual(25);
    expect(db.commitments.length).toBeGreaterThanOrEqual(250);
    expect(db.commitments.length).toBeLessThanOrEqual(350);
    // The one setting the demo starts with: the role 纪检委员 added to the accounts' roles.
    expect(db["resource-settings"]).toEqual([accountSettings()]);
    expect(db["audit-logs"]).toEqual([]);
    for (const name of ["branches", "members", "pairings", "pairing-activities", "pairing-tasks", "pairing-trainings", "commitments"] as const) {
      expect(db[name].map((r) => r.id)).toEqual(db[name].map((_, i) => i + 1));
    }
    expect(new Set(db.branches.map((b) => b.type))).toEqual(new Set(["clinical", "medtech", "functional", "retired", "joint"]));
  });

  it("refuses member totals too small for the fixtures and malformed dates", () => {
    expect(() => generateDb({ members: MIN_MEMBERS - 1 })).toThrow(RangeError);
    expect(() => generateDb({ today: "2026-02-30" })).toThrow(RangeError);
  });

  it("gives members valid identities and consistent development dates", () => {
    expect(memberProblems(db, TODAY)).toEqual([]);
  });

  it("keeps member invariants on a leap day", () => {
    expect(memberProblems(generateDb({ today: "2028-02-29", seed: 3 }), "2028-02-29")).toEqual([]);
  });

  it("mixes stages realistically, retirees paying retired dues", () => {
    const share = (stage: string) => db.members.filter((m) => m.stage === stage).length / db.members.length;
    expect(share("full")).toBeGreaterThan(0.8);
    expect(share("probationary")).toBeGreaterThan(0.02);
    expect(share("probationary")).toBeLessThan(0.08);
    for (const stage of ["applicant", "activist", "candidate"]) expect(share(stage)).toBeGreaterThan(0);
    const retiredBranches = new Set(db.branches.filter((b) => b.type === "retired").map((b) => b.id));
    for (const m of db.members) expect(m.duesCategory === "retired").toBe(retiredBranches.has(m.branchId));
  });

  it("staffs each branch with a secretary and a committee from its own full members", () => {
    const members = byId(db.members);
    for (const b of db.branches) {
      const secretary = members.get(b.secretaryId)!;
      expect(secretary.branchId, b.name).toBe(b.id);
      expect(secretary.stage, b.name).toBe("full");
      expect(secretary.fullMemberDate! <= addYears(TODAY, -1), b.name).toBe(true);
      expect(b.termEnd).toBe(addYears(b.termStart, 3));
      expect(b.establishedDate <= b.termStart).toBe(true);
      for (const seat of b.committee) {
        expect(members.get(seat.memberId)?.branchId, b.name).toBe(b.id);
        expect(members.get(seat.memberId)?.stage, b.name).toBe("full");
      }
      if (b.committee.length > 0) {
        expect(b.committee[0]).toEqual({ memberId: b.secretaryId, role: "secretary" });
        expect(new Set(b.committee.map((s) => s.memberId)).size).toBe(b.committee.length);
      }
      if (fullCount(db, b.id) < 7) expect(b.committee, b.name).toEqual([]);
    }
  });

  it("puts exactly the warning fixtures in their warning states", () => {
    expect(new Set(WARNING_FIXTURES.map((f) => f.warning)).size).toBe(6);
    for (const b of db.branches) {
      const expected = WARNING_FIXTURES.filter((f) => f.branchId === b.id).map((f) => f.warning);
      expect(warningsOf(db, b, TODAY), b.name).toEqual(expected);
      if (expected.length > 0) expect(b.name).toBe(WARNING_FIXTURES.find((f) => f.branchId === b.id)!.branchName);
    }
  });

  it("pairs functional initiators with clinical or medical-technical partners", () => {
    const branches = byId(db.branches);
    const members = byId(db.members);
    const active = new Set<string>();
    for (const p of db.pairings) {
      expect(branches.get(p.initiatorBranchId)?.type).toBe("functional");
      expect(p.partnerBranchIds.length).toBeGreaterThanOrEqual(1);
      expect(p.partnerBranchIds.length).toBeLessThanOrEqual(2);
      for (const id of p.partnerBranchIds) expect(["clinical", "medtech"]).toContain(branches.get(id)?.type);
      expect(p.startDate < p.endDate).toBe(true);
      if (p.status === "active") {
        expect(p.startDate <= TODAY && TODAY <= p.endDate).toBe(true);
        for (const id of p.partnerBranchIds) {
          const key = `${p.initiatorBranchId}-${id}`;
          expect(active.has(key), p.title).toBe(false);
          active.add(key);
        }
      }
      if (p.status === "planned") expect(p.startDate > TODAY).toBe(true);
      if (p.status === "concluded") expect(p.endDate < TODAY).toBe(true);

      const sides = new Set([p.initiatorBranchId, ...p.partnerBranchIds]);
      const activities = db["pairing-activities"].filter((a) => a.pairingId === p.id);
      const tasks = db["pairing-tasks"].filter((t) => t.pairingId === p.id);
      const trainings = db["pairing-trainings"].filter((t) => t.pairingId === p.id);
      for (const list of [activities, tasks, trainings]) expect(list.length, p.title).toBeGreaterThan(0);
      for (const row of [...activities, ...trainings]) {
        const branchIds = row.participantIds.map((id) => members.get(id)!.branchId);
        expect(branchIds.every((id) => sides.has(id))).toBe(true);
        expect(branchIds).toContain(p.initiatorBranchId);
      }
      for (const t of tasks) {
        expect(members.get(t.ownerId)?.branchId).toBe(p.initiatorBranchId);
        expect(t.result !== undefined).toBe(t.status === "done");
      }
    }
  });

  it("keeps commitments consistent with their status, deadline and rating", () => {
    const branches = byId(db.branches);
    const members = byId(db.members);
    expect(new Set(db.commitments.map((c) => c.status)).size).toBe(7);
    for (const c of db.commitments) {
      const where = `commitment ${c.id}`;
      expect(branches.get(c.branchId)?.type, where).toBe("functional");
      expect(["clinical", "medtech"], where).toContain(branches.get(c.targetBranchId)?.type);
      if (c.memberId !== null) expect(members.get(c.memberId)?.branchId, where).toBe(c.branchId);
      if (["draft", "published", "in_progress"].includes(c.status)) expect(c.deadline >= TODAY, where).toBe(true);
      if (c.status === "overdue") expect(c.deadline < TODAY, where).toBe(true);
      if (["draft", "published"].includes(c.status)) expect(c.progress, where).toEqual([]);
      else expect(c.progress.length, where).toBeGreaterThan(0);
      const days = c.progress.map((p) => p.date);
      expect(days, where).toEqual([...days].sort());
      expect(days.every((d) => d <= TODAY), where).toBe(true);
      if (c.rating !== undefined) {
        expect(["fulfilled", "closed", "rectifying", "overdue"], where).toContain(c.status);
        expect(c.rating >= 1 && c.rating <= 5, where).toBe(true);
        expect(c.ratingComment, where).toBeTruthy();
      }
      if (c.status === "closed" || c.status === "rectifying") expect(c.rating, where).toBeDefined();
      const needsPlan = c.status === "overdue" || c.status === "rectifying" || (c.rating ?? 5) <= 2;
      expect(c.rectificationPlan !== undefined, where).toBe(needsPlan);
      if (c.status === "draft") expect(c.public, where).toBe(false);
    }
  });

  it("seeds the demo sign-ins unchanged and one account with the added role, each with its name and branch", () => {
    expect(db.accounts.map((a) => [a.username, a.password, a.role])).toEqual([
      ["admin", DEMO_PASSWORD, "admin"],
      ["secretary", DEMO_PASSWORD, "secretary"],
      ["member", DEMO_PASSWORD, "member"],
      [ADDED_ROLE_ACCOUNT.username, ADDED_ROLE_ACCOUNT.password, ADDED_ROLE.value],
    ]);
    for (const account of db.accounts.filter((a) => a.role !== "admin")) {
      const member = db.members.find((m) => m.id === account.memberId)!;
      expect([account.name, account.branchId, account.disabled]).toEqual([member.name, member.branchId, false]);
    }
    expect(db.accounts.find((a) => a.role === "secretary")!.branchId).toBeDefined();
    expect(db.transfers.some((t) => t.memberId === db.accounts[3].memberId)).toBe(false);
  });

  it("generates 20,000 members quickly", () => {
    const started = performance.now();
    const big = generateDb({ today: TODAY, members: 20_000 });
    expect(big.members).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("generateHostDb", () => {
  it("is a deterministic staff directory with unique employee numbers", () => {
    const host = generateHostDb();
    expect(JSON.stringify(generateHostDb())).toBe(JSON.stringify(host));
    expect(host.members).toHaveLength(200);
    expect(new Set(host.members.map((m) => m.employeeNo)).size).toBe(200);
    for (const m of host.members) {
      expect(m.employeeNo).toMatch(/^E\d{5}$/);
      expect(m.name).toMatch(/^\S+$/);
      expect(m.department && m.position).toBeTruthy();
    }
  });
});

describe("ensureDb", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "seed-test-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the files only when they are missing", () => {
    expect(ensureDb(dir, { today: TODAY, members: MIN_MEMBERS })).toHaveLength(2);
    expect(existsSync(join(dir, DB_FILE)) && existsSync(join(dir, HOST_DB_FILE))).toBe(true);
    expect(ensureDb(dir, { today: TODAY })).toEqual([]);
  });
});
