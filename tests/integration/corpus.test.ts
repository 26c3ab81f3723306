import { readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenMockApi } from "../../mock-api/listen";
import { generateDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";
import { makeIdNumber } from "../../src/domain/idCard";
import { builtInResources } from "../../src/resources";
import { normalizeTyped } from "../../src/schema/cells";
import { mergeSchema } from "../../src/schema/mergeSchema";
import type { EffectiveResource, FieldError } from "../../src/schema/types";
import { validateRecord } from "../../src/schema/validateRecord";
import { FieldValue } from "../../src/views/fields/FieldValue";
import { SafeMarkdown } from "../../src/views/screens/culture-board/SafeMarkdown";
import { buildExportTable } from "../../src/views/transfer/exportTable";
import { mapImport } from "../../src/views/transfer/mapImport";
import { readSheet, SheetError } from "../../src/views/transfer/readSheet";
import { duesFixtures } from "../support/duesFixtures";

// The bad-input corpus (tests/corpus/bad-inputs.json) run against the three gates: the form's
// validation, the mock API (422 and an unchanged database) and the importer.

type Layer = "form" | "api" | "import";
type Verdict = "reject" | "accept" | "skip";
interface Case {
  id: string;
  resource: string;
  description: string;
  patch: Record<string, unknown>;
  expect: { field: string; key: string };
  mode?: "create" | "update";
  original?: Record<string, unknown>;
  layers?: Partial<Record<Layer, Verdict>>;
}
interface Corpus {
  cases: Case[];
  inert: { id: string; resource: string; field: string; value: string; check: "render" | "export" | "markdown" }[];
  files: { id: string; bytes: number; name: string; key: string }[];
}

const TODAY = "2026-11-22";
const corpus = JSON.parse(readFileSync("tests/corpus/bad-inputs.json", "utf8")) as Corpus;
const seed = generateDb({ today: TODAY });
const schemas = Object.fromEntries(builtInResources.map((def) => [def.name, mergeSchema(def)])) as Record<string, EffectiveResource>;
let api: Awaited<ReturnType<typeof listenMockApi>>;
let checked = 0;

beforeAll(async () => {
  api = await listenMockApi({ data: structuredClone(seed), hostData: generateHostDb(), today: () => TODAY });
});
afterAll(async () => {
  await api?.close();
  console.log(`bad-input corpus: ${checked} checks over ${corpus.cases.length + corpus.inert.length + corpus.files.length} cases`);
});

const branchOfType = (type: string) => seed.branches.find((b) => b.type === type)!;
const dues = duesFixtures(seed, TODAY);
const writable = (resource: string, record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name in schemas[resource].fields && !schemas[resource].fields[name].readOnly));

/** A branch with a committee, full and probationary members (organizational-life cases). */
const orgLifeBranch = () => seed.branches.find((b) => b.committee.length > 0 && seed.members.some((m) => m.branchId === b.id && m.stage === "probationary"))!;
const partyMembersOf = (branchId: number, stage: string) => seed.members.filter((m) => m.branchId === branchId && m.stage === stage && m.partyStatus === "normal");

/** A valid new record of each resource, built from the seeded hospital. */
function validRecord(resource: string, n: number): Record<string, unknown> {
  switch (resource) {
    case "members": {
      const model = seed.members.find((m) => m.stage === "full" && m.gender === "female")!;
      return {
        ...writable(resource, model),
        name: "林晓",
        idNumber: makeIdNumber(String(120000 + n), model.birthDate, 1, "female"),
        phone: `1990000${String(n).padStart(4, "0")}`,
      };
    }
    case "branches":
      return { ...writable(resource, branchOfType("functional")), name: `语料党支部${n}`, committee: [] };
    case "pairings":
      return {
        title: `语料联建${n}`,
        initiatorBranchId: branchOfType("functional").id,
        partnerBranchIds: [branchOfType("clinical").id],
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        status: "planned",
      };
    case "commitments":
      return {
        content: `语料承诺${n}`,
        branchId: branchOfType("functional").id,
        targetBranchId: branchOfType("clinical").id,
        category: "efficiency",
        target: "两小时内响应",
        deadline: "2027-06-30",
        public: true,
        status: "draft",
      };
    case "outreach-postings":
      return {
        staffName: `语料医师${n}`,
        department: "心血管内科",
        branchId: branchOfType("clinical").id,
        institutionId: seed.institutions.find((i) => i.kind === "township_centre")!.id,
        role: "fixed_physician",
        startDate: "2026-01-01",
        endDate: "2026-06-30",
        daysPerWeek: 5,
      };
    case "outreach-activities": {
      const agreement = seed["consortium-agreements"].find((a) => a.status === "active")!;
      return {
        title: `语料义诊${n}`,
        kind: "free_clinic",
        date: agreement.startDate,
        agreementId: agreement.id,
        institutionId: agreement.institutionIds[0],
        branchId: branchOfType("clinical").id,
        peopleServed: 100,
        status: "held",
      };
    }
    // Organizational life
    case "meetings":
      return { title: `语料会议${n}`, branchId: orgLifeBranch().id, kind: "themed_day", status: "planned", date: "2026-12-15" };
    case "appraisals": {
      const member = seed.members.find((m) => m.branchId === orgLifeBranch().id && m.stage === "full")!;
      return { year: 2026, branchId: member.branchId, memberId: member.id, grade: "qualified" };
    }
    // Education and the culture board
    case "courses":
      return { title: `语料课程${n}`, kind: "online_video", durationMinutes: 45, hours: 1, audience: "all", required: false, link: "https://study.example/c/1", openFrom: "2026-01-01", openTo: null };
    case "study-records":
      return {
        memberId: seed.members.find((m) => m.stage === "full")!.id,
        courseId: null,
        trainingName: `语料培训${n}`,
        date: "2026-06-01",
        hours: 2,
        source: "offline",
        centralized: false,
      };
    case "articles":
      return { title: `语料文章${n}`, category: "news", status: "draft", publishDate: null, pinned: false, branchId: null, body: "正文", studyHours: null };
    // Party dues and membership transfers
    case "dues-bases":
      return { memberId: dues.paidUp[n % 10].id, year: 2027, fromMonth: 1 + (n % 12), category: "employed", postSalary: 4000, gradeSalary: 1500, basicPerformance: 2500, allowances: 500, incomeTax: 300 };
    case "dues-payments":
      return { memberId: dues.dueThisMonth[n % 10].id, paidDate: TODAY, amount: 0.01, fromMonth: TODAY.slice(0, 7), months: 1, method: "cash" };
    case "transfers": {
      const member = dues.paidUp[20 + (n % 10)];
      return {
        serialNo: `语料-${n}`,
        kind: "between",
        memberId: member.id,
        fromBranchId: member.branchId,
        toBranchId: seed.branches.find((b) => b.id !== member.branchId && b.type === "clinical")!.id,
        issueDate: TODAY,
        validityDays: 30,
        duesPaidThrough: TODAY.slice(0, 7),
        status: "issued",
      };
    }
    // Branch assessment: a draft plan on the seeded sheet; a task of this year's issued plan.
    case "assessment-plans":
      return { ...writable(resource, seed["assessment-plans"][1]), title: `语料考核方案${n}`, status: "draft" };
    case "assessment-tasks":
      return { planId: seed["assessment-plans"][1].id, branchId: seed.branches[n % seed.branches.length].id, status: "issued", deadline: "2026-12-20" };
    // Indicators: the seed's catalogue keeps the hospital's SCI papers (id 5) quarterly.
    case "indicators":
      return { name: `语料指标${n}`, group: "research_outputs", unit: "篇", higherIsBetter: true, level: "hospital", period: "year", source: "entered", public: false };
    case "indicator-values":
      return { indicatorId: 5, branchId: null, period: `${2030 + n}-Q1`, value: 21 };
    // Sign-in accounts: a member's, with a password long enough.
    case "accounts":
      return { username: `corpus${n}`, name: `语料账号${n}`, role: "member", branchId: branchOfType("clinical").id, memberId: null, password: "corpus-pass-1", disabled: false };
    default:
      throw new Error(`no valid record for ${resource}`);
  }
}

/** Applies a case's patch, resolving its `$` placeholders from the seed. */
function badRecord(c: Case, n: number): Record<string, unknown> {
  const record = { ...validRecord(c.resource, n), ...(c.mode === "update" ? c.original : {}) };
  for (const [key, value] of Object.entries(c.patch)) {
    const v = value as Record<string, unknown>;
    if (key === "$validIdFor") record.idNumber = makeIdNumber("110105", String(v.birthDate), n, v.gender as "male" | "female");
    else if (key === "$existingIdNumber") record.idNumber = seed.members[5].idNumber;
    else if (key === "$existingPhone") record.phone = seed.members[5].phone;
    else if (key === "$committeeOf") record.committee = seed.members.slice(0, Number(value)).map((m, i) => ({ memberId: m.id, role: i === 0 ? "secretary" : "organization" }));
    else if (key === "$courseOpeningLater") record.courseId = seed.courses.find((course) => course.openFrom > String(record.date))!.id;
    else if (key === "$initiatorOfType") record.initiatorBranchId = branchOfType(String(value)).id;
    else if (key === "$partnerOfType") record.partnerBranchIds = [branchOfType(String(value)).id];
    else if (key === "$presentVoters") record.attendance = partyMembersOf(orgLifeBranch().id, "full").slice(0, Number(value)).map((m) => ({ memberId: m.id, status: "present", voting: true }));
    else if (key === "$excludedWithoutReason") record.attendance = [...(record.attendance as object[]), { memberId: partyMembersOf(orgLifeBranch().id, "full")[5].id, status: "excluded", voting: true }];
    else if (key === "$probationaryVoting") record.attendance = [...(record.attendance as object[]), { memberId: partyMembersOf(orgLifeBranch().id, "probationary")[0].id, status: "present", voting: true }];
    else if (key === "$probationaryMember") record.memberId = partyMembersOf(orgLifeBranch().id, "probationary")[0].id;
    else record[key] = value;
  }
  return record;
}

const verdict = (c: Case, layer: Layer): Verdict => c.layers?.[layer] ?? (c.mode === "update" && layer === "import" ? "skip" : "reject");

function expectVerdict(c: Case, errors: FieldError[], v: Verdict) {
  const onField = errors.filter((e) => e.field === c.expect.field).map((e) => e.key);
  if (v === "reject") expect(onField, `${c.id}: ${c.description}`).toContain(c.expect.key);
  else expect(onField, `${c.id}: ${c.description}`).toEqual([]);
  checked++;
}

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${api.url}${path}`, { method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

const cellOf = (value: unknown): unknown =>
  Array.isArray(value) ? value.join("、") : typeof value === "boolean" ? (value ? "是" : "否") : value === null ? "" : value;

describe("bad-input corpus", () => {
  it("has at least 40 cases across the resources", () => {
    expect(corpus.cases.length + corpus.inert.length + corpus.files.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.cases.map((c) => c.resource)).size).toBeGreaterThanOrEqual(4);
  });

  it("the bulk endpoint: every bad new record refused with its reason, in one request per resource, nothing stored", async () => {
    const cases = corpus.cases.filter((c) => c.mode !== "update" && verdict(c, "api") === "reject" && !schemas[c.resource].readOnly);
    expect(cases.length).toBeGreaterThan(10);
    for (const resource of new Set(cases.map((c) => c.resource))) {
      const batch = cases.filter((c) => c.resource === resource);
      const before = JSON.stringify(api.db.get(resource).value());
      const res = await call("POST", `/${resource}/_bulk`, batch.map((c) => badRecord(c, corpus.cases.indexOf(c) + 1)));
      expect(res.status).toBe(200);
      const items = res.body as unknown as { status: number; details?: Record<string, { key: string }[]> }[];
      batch.forEach((c, i) => {
        expect(items[i].status, c.id).toBe(422);
        expectVerdict(c, Object.entries(items[i].details ?? {}).flatMap(([field, list]) => list.map((e) => ({ field, key: e.key }))), "reject");
      });
      expect(JSON.stringify(api.db.get(resource).value())).toBe(before);
    }
  });

  corpus.cases.forEach((c, index) => {
    describe(`${c.id}: ${c.description}`, () => {
      const resource = schemas[c.resource];
      const n = index + 1;
      const ctx = { today: TODAY, mode: c.mode === "update" ? ("edit" as const) : ("create" as const), original: c.original };

      it.skipIf(verdict(c, "form") === "skip")("the form", () => {
        const typed = badRecord(c, n);
        const normalized = Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, normalizeTyped(resource.fields[k]?.kind ?? "text", v)]));
        expectVerdict(c, Object.values(validateRecord(resource, normalized, ctx)).flat(), verdict(c, "form"));
      });

      it.skipIf(verdict(c, "api") === "skip")("the mock API: 422 and nothing stored", async () => {
        let path = `/${c.resource}`;
        let method = "POST";
        let body = badRecord(c, n);
        if (c.mode === "update") {
          const created = await call("POST", path, { ...validRecord(c.resource, n), ...c.original });
          expect(created.status, JSON.stringify(created.body)).toBe(201);
          path = `${path}/${created.body.id}`;
          method = "PATCH";
          body = { ...c.patch, version: created.body.version };
        }
        const before = JSON.stringify(api.db.get(c.resource).value());
        const res = await call(method, path, body);
        expect(res.status, JSON.stringify(res.body)).toBe(422);
        const details = (res.body.details ?? {}) as Record<string, { key: string }[]>;
        expectVerdict(c, Object.entries(details).flatMap(([field, list]) => list.map((e) => ({ field, key: e.key }))), "reject");
        expect(JSON.stringify(api.db.get(c.resource).value())).toBe(before);
      });

      it.skipIf(verdict(c, "import") === "skip")("the importer", () => {
        const record = badRecord(c, n);
        const headers = Object.keys(record);
        const { rows } = mapImport(
          resource,
          { headers, rows: [headers.map((h) => cellOf(record[h]))] },
          (h) => h,
          (field, text) => resource.fields[field].values?.find((v) => v === text),
          ctx,
        );
        expectVerdict(c, rows[0].errors, verdict(c, "import"));
      });
    });
  });

  describe("strings that must stay inert", () => {
    corpus.inert.forEach((c) => {
      it(`${c.id}: stored as typed, ${c.check === "render" ? "rendered as text" : "exported without a formula"}`, async () => {
        const resource = schemas[c.resource];
        const created = await call("POST", `/${c.resource}`, { ...validRecord(c.resource, 900 + checked), [c.field]: c.value });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        expect(created.body[c.field]).toBe(c.value);
        if (c.check === "markdown") {
          // The reading view: raw HTML stays text, no element or javascript: link comes of it.
          const html = renderToStaticMarkup(createElement(SafeMarkdown, { body: c.value }));
          expect(html).not.toMatch(/<(script|img)\b|href="javascript|onerror="/i);
          expect(html).toContain("&lt;");
        } else if (c.check === "render") {
          const html = renderToStaticMarkup(
            createElement(FieldValue, { name: c.field, field: resource.fields[c.field], value: c.value, optionLabel: (_f: string, v: string) => v, yesNo: ["是", "否"], lng: "zh-CN" }),
          );
          expect(html).not.toMatch(/<(script|img|a)\b/i);
          expect(html).toContain("&lt;");
        } else {
          const table = buildExportTable(resource, [created.body as never], {
            label: (f) => f,
            option: (_f, v) => v,
            yes: "是",
            no: "否",
            relationLabel: () => undefined,
          });
          const cell = table.rows[0][table.headers.indexOf(c.field)];
          expect(cell).toBe(`'${c.value}`);
        }
        checked++;
      });
    });
  });

  describe("files the importer refuses", () => {
    corpus.files.forEach((c) => {
      it(`${c.id}: ${c.key}`, async () => {
        const file = new File([new Uint8Array(c.bytes)], c.name);
        const error = await readSheet(file).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SheetError);
        expect((error as SheetError).key).toBe(c.key);
        checked++;
      });
    });
  });
});
