// `npm run bench:list`: 20,000 members in the mock API; the plugin's members list and a hand-written
// Refine list of the same data (bench/handwritten/), side by side in headless Chromium. For each view
// (navigation, filter change, sort, page change): time until the rows and their branch names show,
// and the API requests it caused. Navigation is what a person does inside the running admin: from
// the home list, a click on the menu's members entry. Then cold loads (the list's address typed into a
// fresh browser, signed in: app start-up included), on this machine and under a phone-like profile (4×
// CPU slowdown, 150 ms latency, 1.6 Mbit/s), for both and for a minimal one-chunk Refine + antd app
// (bench/minimal/), with the main thread's blocking time and the chain of requests. Then the JS heap
// across 50 page changes. BENCH_COLD_ONLY=1 measures the cold loads alone. Writes bench/results/list.json.
import os from "node:os";
import type { CDPSession, Page } from "playwright-core";
import { heapAfterGc, launch } from "./support/browser";
import { buildDemo, buildHandwritten, buildMinimal } from "./support/build";
import { coldLoad, rowsReady as rowsShown, scriptGzipKb, SLOW, type ColdLoad, type Timed } from "./support/coldLoad";
import { adminSession, startMockApi } from "./support/mockApi";
import { median, printTable, removeBuilds, round, writeResult } from "./support/report";
import { serve } from "./support/serve";

const MEMBERS = 20_000;
/** BENCH_ROUNDS overrides it for quick before/after runs of one lever. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const PAGE_CHANGES = 50;
/** A longer run after the reported one, to tell a leak (keeps growing) from caches that fill and level off. */
const LONG_PAGE_CHANGES = 250;
const VIEWS = ["navigation", "filter", "sort", "page"] as const;
const ROWS = VIEWS;
type View = (typeof ROWS)[number];
/** Cold loads: on this machine, and under the phone-like profile. */
const COLD = ["coldLoad", "coldLoadSlow"] as const;
type Cold = (typeof COLD)[number];
const COLD_ONLY = process.env.BENCH_COLD_ONLY === "1";
const round2 = (n: number) => Math.round(n);
const TARGETS = { requestsPerView: 2, ratioVsHandwritten: 1.1, coldLoadSlowRatio: 1.1, blockingMsSlow: 600 };
/** The column whose cells must show branch names (not ids) before rows count as shown. */
const RELATION_COLUMN = "所在支部";

interface Subject {
  name: "plugin" | "handwritten" | "minimal";
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

const rowsReady = (page: Page, before: string | null) => rowsShown(page, RELATION_COLUMN, before, 60_000);

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
    const out = {} as Record<View, { ms: number; cpuMs: number; requests: string[] }>;
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
    return out;
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
console.log(`Seeding ${MEMBERS} members and building the three apps…`);
const api = await startMockApi(MEMBERS);
const servers: { close: () => Promise<void> }[] = [];
try {
  const [demoDir, handDir, minimalDir] = [await buildDemo("list-demo"), await buildHandwritten(), await buildMinimal()];
  const demo = await serve(demoDir, api.url);
  const hand = await serve(handDir, api.url);
  const minimal = await serve(minimalDir, api.url);
  servers.push(demo, hand, minimal);
  const subjects: Subject[] = [
    { name: "plugin", baseUrl: demo.url, homePath: "/", listPath: "/party/members", storage: await adminSession(api.url, api.seed) },
    { name: "handwritten", baseUrl: hand.url, homePath: "/", listPath: "/members", storage: {} },
  ];
  const floor: Subject = { name: "minimal", baseUrl: minimal.url, homePath: "/members", listPath: "/members", storage: {} };
  const dirs: Record<Subject["name"], string> = { plugin: demoDir, handwritten: handDir, minimal: minimalDir };

  const samples: Record<string, Record<View, number[]>> = {};
  const cpuSamples: Record<string, Record<View, number[]>> = {};
  const coldSamples: Record<string, Record<Cold, ColdLoad[]>> = {};
  const loadBefore = os.loadavg()[0];
  const requests: Record<string, Record<View, string[]>> = {};
  // Alternate the apps so drift on a busy machine hits all alike; the first round warms up.
  for (let round = 0; round <= ROUNDS; round++) {
    for (const subject of [...subjects, floor]) {
      const url = subject.baseUrl + subject.listPath;
      const relationColumn = subject.name === "minimal" ? undefined : RELATION_COLUMN;
      const plain = await coldLoad(url, { storage: subject.storage, relationColumn });
      const slow = await coldLoad(url, { storage: subject.storage, relationColumn, slow: true });
      console.log(`round ${round}${round === 0 ? " (warm-up)" : ""}, ${subject.name}: cold load ${round2(plain.ms)} ms, slow ${round2(slow.ms)} ms, blocking ${round2(slow.blockingMs)} ms`);
      if (round > 0) {
        coldSamples[subject.name] ??= { coldLoad: [], coldLoadSlow: [] };
        coldSamples[subject.name].coldLoad.push(plain);
        coldSamples[subject.name].coldLoadSlow.push(slow);
      }
      if (COLD_ONLY || subject === floor) continue;
      const result = await runRound(subject);
      if (round === 0) continue;
      samples[subject.name] ??= Object.fromEntries(ROWS.map((v) => [v, []])) as unknown as Record<View, number[]>;
      cpuSamples[subject.name] ??= Object.fromEntries(ROWS.map((v) => [v, []])) as unknown as Record<View, number[]>;
      for (const view of ROWS) samples[subject.name][view].push(result[view].ms);
      for (const view of ROWS) cpuSamples[subject.name][view].push(result[view].cpuMs);
      requests[subject.name] = Object.fromEntries(ROWS.map((v) => [v, result[v].requests])) as Record<View, string[]>;
    }
  }
  const heap = COLD_ONLY ? undefined : { plugin: await heapRun(subjects[0]), handwritten: await heapRun(subjects[1]) };
  const loadAfter = os.loadavg()[0];

  // Cold loads: medians per app, ratios to the hand-written page and to the minimal app.
  const names = ["plugin", "handwritten", "minimal"] as const;
  const coldMed = (name: string, kind: Cold, pick: (c: ColdLoad) => number) => median(coldSamples[name][kind].map(pick));
  const typical = (name: string, kind: Cold) => {
    const m = coldMed(name, kind, (c) => c.ms);
    return coldSamples[name][kind].reduce((best, c) => (Math.abs(c.ms - m) < Math.abs(best.ms - m) ? c : best));
  };
  const coldRows = COLD.map((kind) => {
    const ms = Object.fromEntries(names.map((n) => [n, coldMed(n, kind, (c) => c.ms)])) as Record<(typeof names)[number], number>;
    const blocking = Object.fromEntries(names.map((n) => [n, coldMed(n, kind, (c) => c.blockingMs)])) as Record<(typeof names)[number], number>;
    return {
      view: kind,
      pluginMs: round(ms.plugin),
      handwrittenMs: round(ms.handwritten),
      minimalMs: round(ms.minimal),
      ratio: round(ms.plugin / ms.handwritten, 2),
      ratioVsMinimal: round(ms.plugin / ms.minimal, 2),
      handwrittenVsMinimal: round(ms.handwritten / ms.minimal, 2),
      pluginBlockingMs: round(blocking.plugin),
      handwrittenBlockingMs: round(blocking.handwritten),
      minimalBlockingMs: round(blocking.minimal),
      pluginRequests: typical("plugin", kind).api.length,
      handwrittenRequests: typical("handwritten", kind).api.length,
      minimalRequests: typical("minimal", kind).api.length,
    };
  });
  const firstPageJs = Object.fromEntries(names.map((n) => [n, round(scriptGzipKb(dirs[n], typical(n, "coldLoad").scripts))])) as Record<(typeof names)[number], number>;
  const timelines = Object.fromEntries(
    names.map((n) => {
      const c = typical(n, "coldLoadSlow");
      const item = (t: Timed) => ({ url: t.url, startMs: round(t.startMs, 0), endMs: round(t.endMs, 0) });
      return [n, { rowsMs: round(c.ms, 0), api: c.api.map(item), scripts: c.scripts.map(item) }];
    }),
  );

  const med = (name: string, view: View) => median(samples[name][view]);
  const cpu = (name: string, view: View) => median(cpuSamples[name][view]);
  const rows = COLD_ONLY
    ? []
    : ROWS.map((view) => ({
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
  const slowRow = coldRows.find((r) => r.view === "coldLoadSlow")!;
  const worst = [...rows, ...coldRows].reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const figures = {
    // The headline is the worst view's ratio, cold loads included: an average would hide the one that lags.
    ratioVsHandwritten: worst.ratio,
    worstView: worst.view,
    coldLoadMs: coldRows[0].pluginMs,
    coldLoadRatio: coldRows[0].ratio,
    coldLoadSlowMs: slowRow.pluginMs,
    coldLoadSlowRatio: slowRow.ratio,
    coldLoadSlowRatioVsMinimal: slowRow.ratioVsMinimal,
    blockingMsSlow: slowRow.pluginBlockingMs,
    firstPageJsGzipKb: firstPageJs.plugin,
    coldLoadRequests: coldRows[0].pluginRequests,
    ...(COLD_ONLY
      ? {}
      : {
          requestsPerView: Math.max(...rows.map((v) => v.pluginRequests)),
          ratioMainThreadVsHandwritten: round(Math.max(...rows.map((v) => v.cpuRatio)), 2),
          heapGrowthKb: heap!.plugin.growthKb,
          heapGrowthLongRunKb: heap!.plugin.growthAtEndKb,
        }),
  };

  if (!COLD_ONLY) {
    printTable(`Members list, ${MEMBERS} members (median of ${ROUNDS} rounds)`, ["view", "plugin ms", "hand-written ms", "ratio", "plugin CPU ms", "hand-written CPU ms", "CPU ratio", "plugin req", "hand-written req"], rows.map((v) => [v.view, v.pluginMs, v.handwrittenMs, v.ratio, v.pluginCpuMs, v.handwrittenCpuMs, v.cpuRatio, v.pluginRequests, v.handwrittenRequests]));
    console.log(`(navigation: a menu click from the home list. ms: wall clock from the action to the rows; CPU ms: renderer main-thread CPU time.)`);
    printTable("Requests per view (plugin)", ["view", "request"], ROWS.flatMap((v) => requests.plugin[v].map((r) => [v, r.length > 110 ? `${r.slice(0, 107)}…` : r])));
  }
  printTable(
    `Cold load of the members list, fresh profile, signed in (median of ${ROUNDS}); slow: ${SLOW.cpuRate}× CPU, ${SLOW.latencyMs} ms, ${SLOW.downKbit / 1000} Mbit/s`,
    ["load", "plugin ms", "hand-written ms", "minimal ms", "ratio", "vs minimal", "hand-written vs minimal", "blocking ms plugin / hand / min", "requests plugin / hand / min"],
    coldRows.map((r) => [r.view, r.pluginMs, r.handwrittenMs, r.minimalMs, r.ratio, r.ratioVsMinimal, r.handwrittenVsMinimal, `${r.pluginBlockingMs} / ${r.handwrittenBlockingMs} / ${r.minimalBlockingMs}`, `${r.pluginRequests} / ${r.handwrittenRequests} / ${r.minimalRequests}`]),
  );
  console.log(`Script fetched until the rows show (gzip kB): plugin ${firstPageJs.plugin}, hand-written ${firstPageJs.handwritten}, minimal ${firstPageJs.minimal}.`);
  console.log(`(Load average ${round(loadBefore)} → ${round(loadAfter)} on ${os.cpus().length} cores.)`);
  for (const n of names) {
    const t = timelines[n];
    printTable(`Slow cold load, ${n}: requests until the rows (${t.rowsMs} ms)`, ["request", "start ms", "end ms"], [...t.scripts, ...t.api].sort((a, b) => a.startMs - b.startMs).map((e) => [e.url.length > 90 ? `${e.url.slice(0, 87)}…` : e.url, e.startMs, e.endMs]));
  }
  if (heap) {
    const midway = PAGE_CHANGES + (LONG_PAGE_CHANGES - PAGE_CHANGES) / 2;
    printTable(
      `JS heap over ${PAGE_CHANGES} page changes between pages 1 and 2 (after forced GC), and how it goes on to ${LONG_PAGE_CHANGES}`,
      ["app", "before kB", "after kB", `growth kB (${PAGE_CHANGES})`, "ms/change", `growth kB (${midway})`, `growth kB (${LONG_PAGE_CHANGES})`],
      Object.entries(heap).map(([name, h]) => [name, h.beforeKb, h.afterKb, h.growthKb, h.msPerChange, h.growthAtMidwayKb, h.growthAtEndKb]),
    );
  }
  printTable("Summary", ["figure", "value", "target"], [
    [`ratio vs hand-written, worst view (${figures.worstView})`, figures.ratioVsHandwritten, `≤ ${TARGETS.ratioVsHandwritten}`],
    ["cold load ms (ratio)", `${figures.coldLoadMs} (${figures.coldLoadRatio})`, "reported"],
    ["cold load, slow profile, ms (ratio)", `${figures.coldLoadSlowMs} (${figures.coldLoadSlowRatio})`, `≤ ${TARGETS.coldLoadSlowRatio}`],
    ["blocking ms, slow profile", figures.blockingMsSlow, `≤ ${TARGETS.blockingMsSlow}`],
    ["script fetched until the rows, gzip kB", figures.firstPageJsGzipKb, "≤ 350 (bench:size)"],
    ["requests on a cold load", figures.coldLoadRequests, "reported"],
    ...(COLD_ONLY
      ? []
      : [
          ["requests per view (max)", figures.requestsPerView ?? "", `≤ ${TARGETS.requestsPerView}`],
          ["main-thread time ratio vs hand-written, worst view", figures.ratioMainThreadVsHandwritten ?? "", `≤ ${TARGETS.ratioVsHandwritten}`],
          ["heap growth over 50 page changes, kB", figures.heapGrowthKb ?? "", "noise"],
          [`heap growth over ${LONG_PAGE_CHANGES} page changes, kB`, figures.heapGrowthLongRunKb ?? "", "levels off"],
        ]),
  ]);
  const file = writeResult(COLD_ONLY ? "list-cold" : "list", {
    ...figures,
    targets: TARGETS,
    members: MEMBERS,
    rounds: ROUNDS,
    views: rows,
    coldLoads: coldRows,
    firstPageJsGzipKbByApp: firstPageJs,
    slowTimelines: timelines,
    loadAverage: { before: round(loadBefore, 2), after: round(loadAfter, 2), cores: os.cpus().length },
    samplesMs: samples,
    cpuSamplesMs: cpuSamples,
    coldSamplesMs: Object.fromEntries(names.map((n) => [n, Object.fromEntries(COLD.map((k) => [k, coldSamples[n][k].map((c) => round(c.ms))]))])),
    coldBlockingSamplesMs: Object.fromEntries(names.map((n) => [n, Object.fromEntries(COLD.map((k) => [k, coldSamples[n][k].map((c) => round(c.blockingMs))]))])),
    requests,
    heap,
    seconds: round((performance.now() - started) / 1000),
  });
  console.log(`\nWrote ${file}`);
} finally {
  for (const server of servers) await server.close();
  await api.close();
  removeBuilds("list-demo", "handwritten", "minimal");
}
