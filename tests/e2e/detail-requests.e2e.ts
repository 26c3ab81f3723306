// A detail page asks once per related target: the ids of all its relation fields and child lists are
// gathered per target (as a list gathers its page's), so a branch's secretary and committee come in
// one GET /members, and a pairing's branches and the members of its child lists in one request each.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoMissingKeys, useApp } from "./support/browser";
import { must, type Rec } from "./support-extra";

/** Every GET the page sends to the API, as path + query, from now on. */
function apiGets(page: Page): string[] {
  const gets: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() === "GET" && url.pathname.startsWith("/api/")) gets.push(decodeURIComponent(url.pathname.slice(4) + url.search));
  });
  return gets;
}

/** The batched reads by id (`GET /<target>?id=…`), per target: the ids each request asked for. */
function batchesByTarget(gets: string[]): Record<string, string[][]> {
  const batches: Record<string, string[][]> = {};
  for (const get of gets) {
    const url = new URL(get, "http://api");
    const ids = url.searchParams.getAll("id");
    if (ids.length === 0 || [...url.searchParams.keys()].some((key) => key !== "id")) continue;
    (batches[url.pathname.slice(1)] ??= []).push(ids.sort((a, b) => Number(a) - Number(b)));
  }
  return batches;
}

const sortedIds = (ids: Iterable<unknown>) => [...new Set([...ids].map(String))].sort((a, b) => Number(a) - Number(b));
const idsOf = (value: unknown) => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** The text of the value cell beside a label in the record's Descriptions. */
const detail = (page: Page, labelText: string) =>
  page
    .locator(".ant-descriptions-item-label")
    .filter({ hasText: new RegExp(`^\\s*${labelText}\\s*$`) })
    .locator("xpath=following-sibling::*[1]")
    .innerText();

describe("requests of a detail page", () => {
  const app = useApp({ lang: "zh-CN" });

  it("a branch's secretary and committee members come in one request", async () => {
    const { page } = app;
    const branches = await must<Rec[]>(200, "admin", "/branches?_limit=100");
    const branch = branches.find((b) => b.secretaryId && Array.isArray(b.committee) && (b.committee as unknown[]).length >= 3)!;
    const committee = branch.committee as { memberId: number }[];
    const memberIds = sortedIds([branch.secretaryId, ...committee.map((entry) => entry.memberId)]);
    const members = await must<Rec[]>(200, "admin", `/members?${memberIds.map((id) => `id=${id}`).join("&")}`);
    const secretary = members.find((m) => m.id === branch.secretaryId)!;

    const gets = apiGets(page);
    await app.goto(`/party/branches/show/${branch.id}`);
    await expect.poll(() => detail(page, "支部书记")).toBe(String(secretary.name));
    const committeeText = await detail(page, "支部委员会");
    for (const member of members.filter((m) => committee.some((entry) => entry.memberId === m.id))) expect(committeeText).toContain(String(member.name));
    await page.waitForLoadState("networkidle");

    // One request per related target: the members named on the page (and the plans of its grade history).
    expect(batchesByTarget(gets).members).toEqual([memberIds]);
    for (const [target, batches] of Object.entries(batchesByTarget(gets))) expect([target, batches.length]).toEqual([target, 1]);
    expect(gets.filter((get) => get.startsWith("/members")).length).toBe(1);
    await expectNoMissingKeys(page);
  });

  it("a pairing's branches come in one request, and the members of all its child lists in one more", async () => {
    const { page } = app;
    const pairings = await must<Rec[]>(200, "admin", "/pairings?_limit=30");
    const children = ["pairing-activities", "pairing-tasks", "pairing-trainings"] as const;
    type Child = (typeof children)[number];
    const rowsOf = async (pairingId: unknown) =>
      Object.fromEntries(await Promise.all(children.map(async (child) => [child, await must<Rec[]>(200, "admin", `/${child}?pairingId=${pairingId}`)] as const))) as Record<Child, Rec[]>;
    let pairing: Rec | undefined;
    let rows: Record<Child, Rec[]> | undefined;
    for (const candidate of pairings) {
      const found = await rowsOf(candidate.id);
      if (children.every((child) => found[child].length > 0)) {
        [pairing, rows] = [candidate, found];
        break;
      }
    }
    expect(pairing, "a seeded pairing with activities, tasks and trainings").toBeDefined();
    const branchIds = sortedIds([pairing!.initiatorBranchId, ...idsOf(pairing!.partnerBranchIds)]);
    const memberIds = sortedIds([
      ...rows!["pairing-activities"].flatMap((r) => idsOf(r.participantIds)),
      ...rows!["pairing-tasks"].flatMap((r) => idsOf(r.ownerId)),
      ...rows!["pairing-trainings"].flatMap((r) => idsOf(r.participantIds)),
    ]);
    const initiator = await must<Rec>(200, "admin", `/branches/${pairing!.initiatorBranchId}`);

    const gets = apiGets(page);
    await app.goto(`/party/pairings/show/${pairing!.id}`);
    await expect.poll(() => detail(page, "发起支部（职能部门）")).toBe(String(initiator.name));
    // The child tables' member columns show names, not ids, once the one batch has answered.
    await expect
      .poll(() => page.locator(".ant-card .ant-table-tbody td").allInnerTexts().then((cells) => cells.filter((text) => /^\d+$/.test(text.trim())).length))
      .toBe(0);
    await page.waitForLoadState("networkidle");

    expect(batchesByTarget(gets)).toEqual({ branches: [branchIds], members: [memberIds] });
    for (const child of children) expect(gets.filter((get) => get.startsWith(`/${child}?`)).length, child).toBe(1);
    await expectNoMissingKeys(page);
  });
});
