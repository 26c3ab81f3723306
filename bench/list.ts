// `npm run bench:list`: 20,000 members in the mock API; the plugin's members list and a hand-written
// Refine list of the same data (bench/handwritten/), side by side in headless Chromium. For each view
// (navigation, filter change, sort, page change): time until the rows and their branch names show,
// and the API requests it caused. Navigation is what a person does inside the running admin: from
// the home list, a click on the menu's members entry. The cold load (the list's address typed into
// a fresh browser: app start-up included) is measured and reported beside it. Then the JS heap across
// 50 page changes. Writes bench/results/list.json.
import os from "node:os";
import type { CDPSession, Page } from "playwright-core";
import { heapAfterGc, launch } from "./support/browser";
import { buildDemo, buildHandwritten } from "./support/build";
import { adminSession, startMockApi } from "./support/mockApi";
import { median, printTable, removeBuilds, round, writeResult } from "./support/report";
import { serve } from "./support/serve";

const MEMBERS = 20_000;
const ROUNDS = 4;
const PAGE_CHANGES = 50;
/** A longer run after the reported one, to tell a leak (keeps growing) from caches that fill and level off. */
const LONG_PAGE_CHANGES = 250;
const VIEWS = ["navigation", "filter", "sort", "page"] as const;
/** Every row measured: the four views the targets apply to, and the cold load reported beside them. */
const ROWS = ["coldLoad", ...VIEWS] as const;
type View = (typeof ROWS)[number];
const TARGETS = { requestsPerView: 2, ratioVsHandwritten: 1.1 };

interface Subject {
  name: "plugin" | "handwritten";
  baseUrl: string;
  /** The page the app opens on (a list of branches in both); its menu links to `listPath`. */
  homePath: string;
  listPath: string;
  storage: Record<string, string>;
}

/** The API requests of a page, each marked done once answered (or failed). */
function trackApi(page: Page) {
  const log: { url: string; done: boolean }[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/")) log.push({ url: request.url(), done: false });
  });
  const finish = (request: { url(): string }) => {
    const entry = log.find((e) => e.url === request.url() && !e.done);
    if (entry) entry.done = true;
  };
  page.on("requestfinished", finish);
  page.on("requestfailed", finish);
  return log;
}

/**
 * Rows shown, no spinner, every branch cell showing a name rather than its id, and a first row that
 * differs from `before`. Returns the page's clock (performance.now) at the first frame that holds.
 */
async function rowsReady(page: Page, before: string | null): Promise<number> {
  const handle = await page.waitForFunction(
    (previous) => {
      const rows = [...document.querySelectorAll(".ant-table-tbody tr.ant-table-row")];
      if (rows.length === 0 || document.querySelector(".ant-table-wrapper .ant-spin-spinning")) return false;
      const headers = [...document.querySelectorAll(".ant-table-thead th")];
      const column = headers.findIndex((th) => th.textContent?.trim() === "所在支部");
      if (column < 0) return false;
      const names = rows.map((row) => row.children[column]?.textContent?.trim() ?? "");
      if (names.some((name) => name === "" || /^\d+$/.test(name))) return false;
      return rows[0].textContent !== previous && performance.now();
    },
    before,
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

const firstRow = (page: Page) => page.evaluate(() => document.querySelector(".ant-table-tbody tr.ant-table-row")?.textContent ?? null);

async function until(condition: () => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the API requests to finish");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Runs `act` (which answers the page's clock when the action fired), waits for the expected list
 * request and the rows; the time is measured on the page's own clock, from the action to the first
 * frame showing the rows with their branch names. Requests are counted until the network is quiet
 * and for another 300 ms, so late ones are not missed.
 */
async function measureView(page: Page, log: ReturnType<typeof trackApi>, expected: RegExp, act: () => Promise<number>, settleMs = 300, prepare?: () => Promise<void>) {
  await prepare?.();
  const cdp = cpuClocks.get(page);
  const cpuBefore = cdp ? await mainThreadMs(cdp) : 0;
  const before = await firstRow(page);
  const start = log.length;
  const t0 = await act();
  await until(() => log.slice(start).some((e) => expected.test(e.url) && e.done));
  const t1 = await rowsReady(page, before);
  const cpuAfter = cdp ? await mainThreadMs(cdp) : 0;
  await until(() => log.slice(start).every((e) => e.done));
  if (settleMs) await page.waitForTimeout(settleMs);
  const requests = log.slice(start).map((e) => decodeURIComponent(new URL(e.url).pathname + new URL(e.url).search));
  // A navigation may move to a fresh renderer whose counter starts again.
  return { ms: t1 - t0, cpuMs: cpuAfter >= cpuBefore ? cpuAfter - cpuBefore : cpuAfter, requests };
}

/** CPU time of the renderer's main thread (CDP Performance.ThreadTime), in ms: unlike wall time, not inflated by a loaded machine. */
const cpuClocks = new WeakMap<Page, CDPSession>();
async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "ThreadTime")?.value ?? 0) * 1000;
}
async function withCpuClock(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  cpuClocks.set(page, cdp);
}

/** Clicks the first element matching `selector` inside the page; answers the page's clock at the click. */
const click = (page: Page, selector: string, text?: string) =>
  page.evaluate(
    ({ selector, text }) => {
      const element = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => !text || e.textContent?.trim().startsWith(text));
      if (!element) throw new Error(`no ${selector} ${text ?? ""}`);
      const t = performance.now();
      element.click();
      return t;
    },
    { selector, text },
  );

/** Navigation: the clock starts at the navigation itself (performance.timeOrigin). */
const navigate = (page: Page, url: string) => async () => {
  await page.goto(url);
  return 0;
};

const listRequest = (extra: string) => new RegExp(`/api/members\\?.*${extra}`);

/** Opens the home page and waits until its table shows and the network is quiet. */
async function openHome(page: Page, log: ReturnType<typeof trackApi>, subject: Subject) {
  await page.goto(subject.baseUrl + subject.homePath);
  await page.waitForSelector(".ant-table-tbody tr.ant-table-row");
  await until(() => log.every((e) => e.done));
}

const menuLink = (subject: Subject) => `.ant-layout-sider a[href="${subject.listPath}"]`;

/** Opens the menu group holding the members entry when it is folded, as a person would first. */
async function unfoldMenu(page: Page, subject: Subject) {
  if (await page.locator(menuLink(subject)).isVisible()) return;
  await page.locator(".ant-layout-sider .ant-menu-submenu-title", { hasText: "组织管理" }).click();
  await page.locator(menuLink(subject)).waitFor({ state: "visible" });
}

/** The menu entry for the members list, clicked as a person clicks it. */
const menuClick = (page: Page, subject: Subject) => () => click(page, menuLink(subject));

async function runRound(subject: Subject) {
  const browser = await launch(subject.storage);
  const { page } = browser;
  try {
    const log = trackApi(page);
    await withCpuClock(page);
    const scripts: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") scripts.push(request.sizes().then((s) => s.responseBodySize));
    });
    const out = {} as Record<View, { ms: number; cpuMs: number; requests: string[] }>;
    out.coldLoad = await measureView(page, log, listRequest(""), navigate(page, subject.baseUrl + subject.listPath));
    const sizes = await Promise.all(scripts);
    const js = { files: sizes.length, rawKb: round(sizes.reduce((a, b) => a + b, 0) / 1024) };
    await openHome(page, log, subject);
    out.navigation = await measureView(page, log, listRequest(""), menuClick(page, subject), 300, () => unfoldMenu(page, subject));
    const chooseFemale = async () => {
      const item = page.locator(".ant-form-item").filter({ has: page.locator("label", { hasText: /^性别$/ }) });
      await item.locator(".ant-select-selector").click();
      await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title='女']").click();
    };
    out.filter = await measureView(page, log, listRequest("gender=female"), () => click(page, "form button[type=submit]"), 300, chooseFemale);
    out.sort = await measureView(page, log, listRequest("_sort=[^&]*name"), () => click(page, "th.ant-table-column-has-sorters", "姓名"));
    out.page = await measureView(page, log, listRequest("_start=20(&|$)"), () => click(page, "li.ant-pagination-next"));
    return { ...out, js };
  } finally {
    await browser.close();
  }
}

/**
 * Heap after a warm-up and after PAGE_CHANGES more page changes back and forth between pages 1 and
 * 2, each awaited like a view. The same two pages keep the query cache the same size, so what grows
 * is retained by the page (listeners, detached rows), not data the cache is meant to hold. Then on to
 * LONG_PAGE_CHANGES in all: growth that levels off is bookkeeping that fills up; a leak keeps going.
 */
async function heapRun(subject: Subject) {
  const browser = await launch(subject.storage);
  const { page } = browser;
  try {
    const log = trackApi(page);
    await measureView(page, log, listRequest(""), navigate(page, subject.baseUrl + subject.listPath));
    const change = (n: number) =>
      n % 2
        ? measureView(page, log, listRequest("_start=20(&|$)"), () => click(page, "li.ant-pagination-next"), 0)
        : measureView(page, log, listRequest("_start=0(&|$)"), () => click(page, "li.ant-pagination-prev"), 0);
    for (let n = 1; n <= 4; n++) await change(n);
    const before = await heapAfterGc(page);
    let ms = 0;
    for (let n = 1; n <= PAGE_CHANGES; n++) ms += (await change(n)).ms;
    const after = await heapAfterGc(page);
    const midway = PAGE_CHANGES + (LONG_PAGE_CHANGES - PAGE_CHANGES) / 2;
    let atMidway = after;
    for (let n = PAGE_CHANGES + 1; n <= LONG_PAGE_CHANGES; n++) {
      await change(n);
      if (n === midway) atMidway = await heapAfterGc(page);
    }
    const atEnd = await heapAfterGc(page);
    return {
      beforeKb: round(before),
      afterKb: round(after),
      growthKb: round(after - before),
      msPerChange: round(ms / PAGE_CHANGES),
      growthAtMidwayKb: round(atMidway - before),
      growthAtEndKb: round(atEnd - before),
    };
  } finally {
    await browser.close();
  }
}

const started = performance.now();
console.log(`Seeding ${MEMBERS} members and building both apps…`);
const api = await startMockApi(MEMBERS);
const servers: { close: () => Promise<void> }[] = [];
try {
  const [demoDir, handDir] = [await buildDemo("list-demo"), await buildHandwritten()];
  const demo = await serve(demoDir, api.url);
  const hand = await serve(handDir, api.url);
  servers.push(demo, hand);
  const subjects: Subject[] = [
    { name: "plugin", baseUrl: demo.url, homePath: "/", listPath: "/party/members", storage: await adminSession(api.url, api.seed) },
    { name: "handwritten", baseUrl: hand.url, homePath: "/", listPath: "/members", storage: {} },
  ];

  const samples: Record<string, Record<View, number[]>> = {};
  const cpuSamples: Record<string, Record<View, number[]>> = {};
  const loadBefore = os.loadavg()[0];
  const requests: Record<string, Record<View, string[]>> = {};
  const jsOnNavigation: Record<string, { files: number; rawKb: number }> = {};
  // Alternate the two apps so drift on a busy machine hits both alike; the first round warms up.
  for (let round = 0; round <= ROUNDS; round++) {
    for (const subject of subjects) {
      const result = await runRound(subject);
      if (round === 0) continue;
      samples[subject.name] ??= Object.fromEntries(ROWS.map((v) => [v, []])) as unknown as Record<View, number[]>;
      cpuSamples[subject.name] ??= Object.fromEntries(ROWS.map((v) => [v, []])) as unknown as Record<View, number[]>;
      for (const view of ROWS) samples[subject.name][view].push(result[view].ms);
      for (const view of ROWS) cpuSamples[subject.name][view].push(result[view].cpuMs);
      jsOnNavigation[subject.name] = result.js;
      requests[subject.name] = Object.fromEntries(ROWS.map((v) => [v, result[v].requests])) as Record<View, string[]>;
    }
  }
  const heap = { plugin: await heapRun(subjects[0]), handwritten: await heapRun(subjects[1]) };

  const loadAfter = os.loadavg()[0];
  const med = (name: string, view: View) => median(samples[name][view]);
  const cpu = (name: string, view: View) => median(cpuSamples[name][view]);
  const rows = ROWS.map((view) => ({
    view,
    pluginMs: round(med("plugin", view)),
    handwrittenMs: round(med("handwritten", view)),
    ratio: round(med("plugin", view) / med("handwritten", view), 2),
    pluginCpuMs: round(cpu("plugin", view)),
    handwrittenCpuMs: round(cpu("handwritten", view)),
    cpuRatio: round(cpu("plugin", view) / cpu("handwritten", view), 2),
    pluginRequests: requests.plugin[view].length,
    handwrittenRequests: requests.handwritten[view].length,
  }));
  const total = (name: string) => VIEWS.reduce((sum, view) => sum + med(name, view), 0);
  const totalCpu = (name: string) => VIEWS.reduce((sum, view) => sum + cpu(name, view), 0);
  const views = rows.filter((row) => row.view !== "coldLoad");
  const coldLoad = rows.find((row) => row.view === "coldLoad")!;
  const figures = {
    requestsPerView: Math.max(...views.map((v) => v.pluginRequests)),
    coldLoadRequests: coldLoad.pluginRequests,
    ratioVsHandwritten: round(total("plugin") / total("handwritten"), 2),
    ratioMainThreadVsHandwritten: round(totalCpu("plugin") / totalCpu("handwritten"), 2),
    heapGrowthKb: heap.plugin.growthKb,
    heapGrowthLongRunKb: heap.plugin.growthAtEndKb,
  };

  printTable(`Members list, ${MEMBERS} members (median of ${ROUNDS} rounds)`, ["view", "plugin ms", "hand-written ms", "ratio", "plugin CPU ms", "hand-written CPU ms", "CPU ratio", "plugin req", "hand-written req"], rows.map((v) => [v.view, v.pluginMs, v.handwrittenMs, v.ratio, v.pluginCpuMs, v.handwrittenCpuMs, v.cpuRatio, v.pluginRequests, v.handwrittenRequests]));
  console.log(`(navigation: a menu click from the home list; coldLoad: the list's address opened in a fresh browser, start-up included, not part of the targets.)`);
  console.log(`(ms: wall clock from the action to the rows; CPU ms: renderer main-thread CPU time. Load average ${round(loadBefore)} → ${round(loadAfter)} on ${os.cpus().length} cores.)`);
  console.log(`JS loaded by the cold load (uncompressed): plugin ${jsOnNavigation.plugin.files} files, ${jsOnNavigation.plugin.rawKb} kB; hand-written ${jsOnNavigation.handwritten.files} files, ${jsOnNavigation.handwritten.rawKb} kB.`);
  printTable("Requests per view (plugin)", ["view", "request"], ROWS.flatMap((v) => requests.plugin[v].map((r) => [v, r.length > 110 ? `${r.slice(0, 107)}…` : r])));
  const midway = PAGE_CHANGES + (LONG_PAGE_CHANGES - PAGE_CHANGES) / 2;
  printTable(
    `JS heap over ${PAGE_CHANGES} page changes between pages 1 and 2 (after forced GC), and how it goes on to ${LONG_PAGE_CHANGES}`,
    ["app", "before kB", "after kB", `growth kB (${PAGE_CHANGES})`, "ms/change", `growth kB (${midway})`, `growth kB (${LONG_PAGE_CHANGES})`],
    Object.entries(heap).map(([name, h]) => [name, h.beforeKb, h.afterKb, h.growthKb, h.msPerChange, h.growthAtMidwayKb, h.growthAtEndKb]),
  );
  printTable("Summary", ["figure", "value", "target"], [
    ["requests per view (max)", figures.requestsPerView, `≤ ${TARGETS.requestsPerView}`],
    ["requests on a cold load (start-up included)", figures.coldLoadRequests, "reported"],
    ["time ratio vs hand-written (sum of medians)", figures.ratioVsHandwritten, `≤ ${TARGETS.ratioVsHandwritten}`],
    ["main-thread time ratio vs hand-written", figures.ratioMainThreadVsHandwritten, `≤ ${TARGETS.ratioVsHandwritten}`],
    ["heap growth over 50 page changes, kB", figures.heapGrowthKb, "noise"],
    [`heap growth over ${LONG_PAGE_CHANGES} page changes, kB`, figures.heapGrowthLongRunKb, "levels off"],
  ]);
  const file = writeResult("list", {
    ...figures,
    targets: TARGETS,
    members: MEMBERS,
    rounds: ROUNDS,
    views: rows,
    loadAverage: { before: round(loadBefore, 2), after: round(loadAfter, 2), cores: os.cpus().length },
    samplesMs: samples,
    cpuSamplesMs: cpuSamples,
    requests,
    jsOnNavigation,
    heap,
    seconds: round((performance.now() - started) / 1000),
  });
  console.log(`\nWrote ${file}`);
} finally {
  for (const server of servers) await server.close();
  await api.close();
  removeBuilds("list-demo", "handwritten");
}
