// Helpers the resource, rule, fault, role and audit tests share beyond tests/e2e/support: API calls
// with a demo user's token, the mock API's fault switch, owned test records, and the antd inputs
// these tests fill (dates, searchable relation selects) and read (field errors, table cells).
import type { BrowserContext, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { listenMockApi } from "../../mock-api/listen";
import { generateDb } from "../../mock-api/seed/generate";
import { generateHostDb } from "../../mock-api/seed/generate-host";
import { BACKEND_KEY } from "../../src/demo/backends";
import { makeIdNumber } from "../../src/domain/idCard";
import { apiUrl, DEMO_PASSWORD } from "./support/browser";
import { dropdownOf } from "./support/ui";
import type { Fault } from "../../mock-api/middlewares/faults";

export type DemoUser = "admin" | "secretary" | "member";

export interface SignedIn {
  token: string;
  user: { id: number; name: string; role: DemoUser; branchId?: number; memberId?: number };
}

const sessions = new Map<string, Promise<SignedIn>>();

/** Signs a demo user in through `POST /auth/login` (once per API) and returns the token and user. */
export function session(user: DemoUser, base = apiUrl()): Promise<SignedIn> {
  const key = `${base} ${user}`;
  let found = sessions.get(key);
  if (!found) {
    found = fetch(`${base}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: user, password: DEMO_PASSWORD }),
    }).then(async (res) => {
      if (!res.ok) throw new Error(`signing in as ${user} failed: ${res.status}`);
      return (await res.json()) as SignedIn;
    });
    sessions.set(key, found);
  }
  return found;
}

export interface Answer<T> {
  status: number;
  body: T;
  total?: number;
}

/** A request to the mock API as a demo user would make it (`Authorization: Bearer <token>`). */
export async function apiAs<T = Record<string, unknown>>(
  user: DemoUser,
  path: string,
  init: { method?: string; body?: unknown; base?: string } = {},
): Promise<Answer<T>> {
  const base = init.base ?? apiUrl();
  const { token } = await session(user, base);
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { "content-type": "application/json" }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  const total = res.headers.get("x-total-count");
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, total: total === null ? undefined : Number(total) };
}

/** Like apiAs, failing the test unless the answer has the expected status. */
export async function must<T = Record<string, unknown>>(
  status: number,
  user: DemoUser,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const answer = await apiAs<T>(user, path, init);
  if (answer.status !== status) throw new Error(`${init.method ?? "GET"} ${path} as ${user}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

// ---------------------------------------------------------------- a second API, with roles enforced

export type RolesApi = Awaited<ReturnType<typeof listenMockApi>>;

/**
 * The browser tests' shared mock API runs with roles off (globalSetup; support/api.ts calls it with
 * no token). This starts the same mock API as `npm start` runs it, roles enforced (401/403, lists
 * narrowed, values masked), on its own fresh seed and a free port. The seed is deterministic, so the
 * demo users and their tokens are the same as on the shared API.
 */
export async function startRolesApi(): Promise<RolesApi> {
  return listenMockApi({ data: generateDb({ today: new Date().toISOString().slice(0, 10) }), hostData: generateHostDb(), roles: true }, 0);
}

/**
 * Points the demo's plugin at another simple-rest backend by configuration alone (localStorage
 * `party.backend`, read by src/demo/backends.ts) before every load. Sign-in and the host's own
 * pages still go through the demo's /api proxy.
 */
export async function pointPluginAt(context: BrowserContext, apiUrlOfBackend: string): Promise<void> {
  await context.addInitScript(
    ({ key, value }) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        // about:blank has no storage
      }
    },
    { key: BACKEND_KEY, value: JSON.stringify({ name: "simple-rest", apiUrl: apiUrlOfBackend }) },
  );
}

// ---------------------------------------------------------------- faults

export type { Fault };

/** Arms the mock API's fault injection (`PUT /__faults`). */
export async function armFault(fault: Fault): Promise<void> {
  const res = await fetch(`${apiUrl()}/__faults`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(fault) });
  if (!res.ok) throw new Error(`PUT /__faults ${res.status}`);
}

/** Disarms it (`DELETE /__faults`). */
export async function clearFaults(): Promise<void> {
  const res = await fetch(`${apiUrl()}/__faults`, { method: "DELETE" });
  if (res.status !== 204) throw new Error(`DELETE /__faults ${res.status}`);
}

// ---------------------------------------------------------------- names, dates, ID numbers

// A member's name may hold letters only (no digits): unique suffixes are spelled in CJK characters.
const NAME_CHARS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬梅兰竹菊松柏山水云月星辰";

/** A name unique to this run, letters only: `prefix` + the time and a random part in CJK characters. */
export function uniqueName(prefix: string): string {
  let n = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  let out = "";
  for (let i = 0; i < 7; i++) {
    out = NAME_CHARS[n % NAME_CHARS.length] + out;
    n = Math.floor(n / NAME_CHARS.length);
  }
  return `${prefix}${out}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO date `days` days from `iso` (calendar arithmetic in UTC, so no time-zone drift). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Today as the page sees it (the browser runs in Asia/Shanghai, which may be a day ahead of the API). */
export function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });
}

/** Today in the browser's time zone, without a page. */
export function shanghaiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** `2024-03-05` as the Chinese detail pages show it: `2024年3月5日`. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** `2024-03-05` as the English detail pages show it: `Mar 5, 2024`. */
export function enDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]} ${d}, ${y}`;
}

const REGIONS = ["110101", "310104", "440106", "510107", "330106", "420102", "320102", "610113"];

/**
 * A GB 11643 ID number consistent with the birth date and sex that no stored member has yet
 * (the server refuses a second record with the same number).
 */
export async function freshIdNumber(birthDate: string, gender: "male" | "female"): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = makeIdNumber(REGIONS[Math.floor(Math.random() * REGIONS.length)], birthDate, Math.floor(Math.random() * 50), gender);
    const taken = await apiAs("admin", `/members?idNumber=${id}&_limit=1`);
    if (taken.total === 0) return id;
  }
  throw new Error(`no free ID number for ${birthDate}`);
}

/** A random birth date between 1975 and 1999 (day ≤ 28, so every anniversary exists). */
export function randomBirthDate(): string {
  return `${1975 + Math.floor(Math.random() * 25)}-${pad(1 + Math.floor(Math.random() * 12))}-${pad(1 + Math.floor(Math.random() * 28))}`;
}

export type Rec = Record<string, unknown> & { id: number; version?: number };

/** A branch of a type, as stored (the first one the API lists). */
export async function branchOfType(type: string, skip = 0): Promise<Rec> {
  const list = await must<Rec[]>(200, "admin", `/branches?type=${type}&_sort=id&_order=asc&_start=${skip}&_end=${skip + 1}`);
  if (!list.length) throw new Error(`no ${type} branch`);
  return list[0];
}

/** Creates a Party member through the API as the administrator; this test owns it. */
export async function createMember(values: Record<string, unknown>): Promise<Rec> {
  const birthDate = (values.birthDate as string | undefined) ?? randomBirthDate();
  const gender = (values.gender as "male" | "female" | undefined) ?? "female";
  const body = {
    name: uniqueName("测试"),
    gender,
    birthDate,
    idNumber: await freshIdNumber(birthDate, gender),
    partyStatus: "normal",
    ...values,
  };
  return must<Rec>(201, "admin", "/members", { method: "POST", body });
}

/** Creates a branch through the API as the administrator. */
export async function createOwnBranch(values: Record<string, unknown>): Promise<Rec> {
  return must<Rec>(201, "admin", "/branches", { method: "POST", body: values });
}

/** Creates a service commitment through the API as the administrator. */
export async function createCommitment(values: Record<string, unknown>): Promise<Rec> {
  return must<Rec>(201, "admin", "/commitments", { method: "POST", body: values });
}

// ---------------------------------------------------------------- antd inputs

/** Types an ISO date into the antd DatePicker whose input has this id, and confirms it with Enter. */
export async function fillDate(page: Page, id: string, iso: string, scope: Page | Locator = page): Promise<void> {
  const input = scope.locator(`input[id="${id}"]`);
  await input.click();
  await input.fill(iso);
  await input.press("Enter");
  await expect.poll(() => input.inputValue()).toBe(iso);
  // The panel closes on Enter; wait for it so it covers nothing.
  await expect.poll(() => page.locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)").count()).toBe(0);
}

/**
 * A searchable relation select: types `search` (the select asks the server as one types) and picks
 * the option titled `option`. A multiple select is closed again afterwards.
 */
export async function searchAndChoose(page: Page, inputId: string, search: string, option = search): Promise<void> {
  const select = page.locator(`.ant-select:has(input[id="${inputId}"])`);
  await select.click();
  await page.locator(`input[id="${inputId}"]`).fill(search);
  const item = dropdownOf(page, inputId).locator(`.ant-select-item-option[title="${option}"]`);
  await item.click();
  const multiple = (await select.getAttribute("class"))?.includes("ant-select-multiple");
  if (multiple) {
    await expect.poll(() => select.locator(`.ant-select-selection-item[title="${option}"]`).count()).toBe(1);
    await page.keyboard.press("Escape");
  } else {
    await expect.poll(() => select.locator(".ant-select-selection-item").first().getAttribute("title")).toBe(option);
  }
  await expect.poll(() => dropdownOf(page, inputId).locator(".ant-select-item-option").filter({ visible: true }).count()).toBe(0);
}

/**
 * Follows the page's requests to the API, so a test can wait until the page has stopped talking to
 * it (e.g. the refetches after a failed save) before judging what the person now sees.
 */
export function trackApi(page: Page): { quiet: (ms?: number) => Promise<void> } {
  const open = new Set<unknown>();
  let last = Date.now();
  const isApi = (url: string) => new URL(url).pathname.startsWith("/api/");
  page.on("request", (r) => {
    if (!isApi(r.url())) return;
    open.add(r);
    last = Date.now();
  });
  const done = (r: unknown) => {
    if (open.delete(r)) last = Date.now();
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return {
    quiet: async (ms = 750) => {
      await expect.poll(() => open.size === 0 && Date.now() - last >= ms, { message: "the page stops calling the API" }).toBe(true);
    },
  };
}

/** The error antd shows under a form field ("" when none). */
export async function fieldError(page: Page, name: string): Promise<string> {
  const help = page.locator(`[id="${name}_help"]`);
  return (await help.count()) ? (await help.innerText()).trim() : "";
}

/** A value on a detail page, by its label. */
export function detail(page: Page, label: string): Locator {
  return page
    .locator(".ant-descriptions-item-label")
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })
    .locator("xpath=following-sibling::*[contains(@class,'ant-descriptions-item-content')][1]");
}

/** The text of a detail page's value, whitespace collapsed. */
export async function detailText(page: Page, label: string): Promise<string> {
  const value = detail(page, label);
  return (await value.count()) ? (await value.innerText()).replace(/\s+/g, " ").trim() : `<no ${label}>`;
}

/** The list row whose cell in the first column reads exactly `name`. */
export function rowNamed(page: Page, name: string): Locator {
  return page.locator(".ant-table-tbody tr.ant-table-row").filter({ has: page.getByRole("cell", { name, exact: true }) });
}

/** The cell of `row` under the header `header`. */
export async function cellUnder(page: Page, row: Locator, header: string): Promise<Locator> {
  const headers = (await page.locator(".ant-table-thead > tr > th").allInnerTexts()).map((t) => t.trim());
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${JSON.stringify(headers)}`);
  return row.locator("> td").nth(index);
}

/** The texts of the antd notifications on screen (title and description). */
export async function notifications(page: Page): Promise<string[]> {
  return (await page.locator(".ant-notification-notice").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
}

/**
 * Waits for a notification saying all of `texts` (Refine's antd notification shows its `description`
 * as the heading and its `message` below it; the order does not matter here).
 */
export async function expectNotification(page: Page, texts: string[], timeout?: number): Promise<void> {
  await expect
    .poll(() => notifications(page), { timeout, message: `a notification saying ${JSON.stringify(texts)}` })
    .toSatisfy((shown: string[]) => shown.some((n) => texts.every((t) => n.includes(t))));
}
