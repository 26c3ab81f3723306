// The packed library in a host that brings none of Refine's strings and no antd locale, in Chromium:
// the plugin's list, form and detail pages show no raw key in either language, antd's own texts (date
// placeholders, pagination) are in the page's language, and the host's theme still colours them.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenMockApi } from "../../../mock-api/listen";
import { generateDb } from "../../../mock-api/seed/generate";
import { generateHostDb } from "../../../mock-api/seed/generate-host";
import { buildPackedHost, type PackedHost } from "./packedHost";
import { serveStatic } from "./serve";

type Lang = "zh-CN" | "en-US";
const TODAY = "2026-11-22";
// A translation key shown as text: `buttons.create`, `table.actions`, `party.list.total`, `party-branches.fields.name` …
const RAW_KEY = /\b(?:buttons|table|actions|notifications|pages|party(?:-[a-z-]+)?)\.[a-zA-Z][\w.]*/;

const ANTD = {
  "zh-CN": { range: ["开始日期", "结束日期"], prev: "上一页", date: "请选择日期" },
  "en-US": { range: ["Start date", "End date"], prev: "Previous Page", date: "Select date" },
} as const;

let host: PackedHost;
let site: Awaited<ReturnType<typeof serveStatic>>;
let api: Awaited<ReturnType<typeof listenMockApi>>;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  [host, api] = await Promise.all([buildPackedHost(), listenMockApi({ data: generateDb({ today: TODAY }), hostData: generateHostDb(), today: () => TODAY })]);
  site = await serveStatic(host.dist);
  profile = mkdtempSync(path.join(os.tmpdir(), "party-lib-host-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1440, height: 900 },
  });
  // Generous: on a busy machine a cold page and its lazy chunks can take a while; the checks wait for what shows.
  context.setDefaultTimeout(90_000);
  context.setDefaultNavigationTimeout(90_000);
});

afterAll(async () => {
  await context?.close();
  await site?.close();
  await api?.close();
  host?.remove();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Opens a plugin page in a fresh tab, in a language, and waits for `ready` to be visible. */
async function open(pathname: string, lng: Lang, ready: (page: Page) => ReturnType<Page["locator"]>) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${site.url}${pathname}?api=${encodeURIComponent(api.url)}&lng=${lng}`);
  await ready(page).first().waitFor();
  return { page, errors };
}

/** What a person would see as untranslated: keys i18next lacked, and key-shaped text on the page. */
async function untranslated(page: Page) {
  const missing = await page.evaluate(() => window.__missingKeys);
  const text = await page.locator("body").innerText();
  return { missing: [...new Set(missing)], shown: text.split("\n").filter((line) => RAW_KEY.test(line)) };
}

const placeholders = (page: Page, selector: string) => page.locator(selector).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).placeholder));

describe.each(["zh-CN", "en-US"] as const)("the packed library in a bare host, %s", (lng) => {
  it("list page: no raw key; antd's date-range placeholders and pagination in the page's language; the host's theme", async () => {
    const { page, errors } = await open("/party/branches", lng, (p) => p.locator("tbody tr.ant-table-row"));
    await expect.poll(() => untranslated(page)).toEqual({ missing: [], shown: [] });
    // The date-range filter says antd's words before and after a person reaches for it (its picker is fetched then).
    expect((await placeholders(page, ".party-date-range input"))[0]).toBe(ANTD[lng].range.join(" → "));
    await page.locator(".party-date-range input").first().focus();
    await page.locator(".ant-picker-range input").first().waitFor();
    expect((await placeholders(page, ".ant-picker-range input")).slice(0, 2)).toEqual(ANTD[lng].range);
    expect(await page.locator("li.ant-pagination-prev").getAttribute("title")).toBe(ANTD[lng].prev);
    // the plugin's nested ConfigProvider sets the locale only: the host's primary colour is on its create button
    const create = page.locator(".ant-page-header-heading-extra .ant-btn-primary").first();
    expect(await create.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe("rgb(0, 80, 179)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("form page: no raw key; antd's date placeholder in the page's language", async () => {
    const { page, errors } = await open("/party/branches/create", lng, (p) => p.locator("form .ant-picker input"));
    await expect.poll(() => untranslated(page)).toEqual({ missing: [], shown: [] });
    expect(await placeholders(page, "form .ant-picker:not(.ant-picker-range) input")).toContain(ANTD[lng].date);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("detail page: no raw key", async () => {
    const { page, errors } = await open("/party/branches/show/1", lng, (p) => p.locator(".ant-descriptions-item-content"));
    await expect.poll(() => untranslated(page)).toEqual({ missing: [], shown: [] });
    expect(await page.locator(".ant-descriptions-item-content").count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });
});
