// A cold load of a list page: a fresh browser profile opens the list's address and the clock runs
// from navigation start to the first frame showing the rows. Optionally under a phone-like profile
// (CPU slowed down 4× and a slow network, through CDP), with the main thread's long tasks, every
// script and API request (Resource Timing) seen until then.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { launch } from "./browser";
import { gzipKb } from "./report";

/** 4× CPU slowdown, 150 ms latency, 1.6 Mbit/s down (750 kbit/s up): the "slow 4G" phone. */
export const SLOW = { cpuRate: 4, latencyMs: 150, downKbit: 1600, upKbit: 750 };

export interface Timed {
  /** Path and query, e.g. `/api/members?…` or `/assets/ListPage-….js`. */
  url: string;
  startMs: number;
  endMs: number;
}

export interface ColdLoad {
  /** Navigation start → first frame with the rows (and relation names when `relationColumn` is set). */
  ms: number;
  /** Sum over long tasks begun before the rows showed of (duration − 50 ms). */
  blockingMs: number;
  longTasks: number;
  /** Scripts whose fetch started before the rows showed (entry, modulepreloads, lazy chunks). */
  scripts: Timed[];
  api: Timed[];
}

/**
 * Rows shown, no spinner, and when `relationColumn` names a column, every cell of it showing a name
 * rather than an id. Answers the page's clock (performance.now) at the first frame that holds.
 */
export async function rowsReady(page: Page, relationColumn: string | undefined, before: string | null = null, timeout = 300_000): Promise<number> {
  const handle = await page.waitForFunction(
    ({ previous, column }) => {
      const rows = [...document.querySelectorAll(".ant-table-tbody tr.ant-table-row")];
      if (rows.length === 0 || document.querySelector(".ant-table-wrapper .ant-spin-spinning")) return false;
      if (column) {
        const headers = [...document.querySelectorAll(".ant-table-thead th")];
        const index = headers.findIndex((th) => th.textContent?.trim() === column);
        if (index < 0) return false;
        const names = rows.map((row) => row.children[index]?.textContent?.trim() ?? "");
        if (names.some((name) => name === "" || /^\d+$/.test(name))) return false;
      }
      return rows[0].textContent !== previous && performance.now();
    },
    { previous: before, column: relationColumn },
    { polling: "raf", timeout },
  );
  return (await handle.jsonValue()) as number;
}

/** Collects long tasks from the first script on (the observer is installed before any page script runs). */
function watchLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // no longtask support: blockingMs stays 0
  }
}

export async function coldLoad(url: string, options: { storage?: Record<string, string>; slow?: boolean; relationColumn?: string }): Promise<ColdLoad> {
  const browser = await launch(options.storage ?? {});
  const { page, context } = browser;
  try {
    await context.addInitScript(watchLongTasks);
    const cdp = await context.newCDPSession(page);
    if (options.slow) {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW.cpuRate });
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: SLOW.latencyMs,
        downloadThroughput: (SLOW.downKbit * 1000) / 8,
        uploadThroughput: (SLOW.upKbit * 1000) / 8,
      });
    }
    await page.goto(url, { waitUntil: "commit" });
    const ms = await rowsReady(page, options.relationColumn);
    // No named helpers inside: the page gets this function's source as written, without tsx's helpers.
    const seen = await page.evaluate((until) => {
      const before = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => e.startTime <= until)
        .map((e) => ({ path: new URL(e.name).pathname, url: decodeURIComponent(new URL(e.name).pathname + new URL(e.name).search), startMs: e.startTime, endMs: e.responseEnd }));
      const tasks = (window as unknown as { __longTasks?: { start: number; duration: number }[] }).__longTasks ?? [];
      const counted = tasks.filter((t) => t.start <= until);
      return {
        scripts: before.filter((e) => /\.m?js$/.test(e.path)).map(({ url, startMs, endMs }) => ({ url, startMs, endMs })),
        api: before.filter((e) => e.path.startsWith("/api/")).map(({ url, startMs, endMs }) => ({ url, startMs, endMs })),
        blockingMs: counted.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        longTasks: counted.length,
      };
    }, ms);
    return { ms, ...seen };
  } finally {
    await browser.close();
  }
}

/** gzip kB (level 9) of the scripts a load fetched, read from the build they were served from. */
export function scriptGzipKb(dir: string, scripts: Timed[]): number {
  const files = new Set(scripts.map((s) => s.url.split("?")[0]));
  let kb = 0;
  for (const file of files) kb += gzipKb(readFileSync(path.join(dir, file)));
  return kb;
}
