// `npm run bench:import`: imports a generated 5,000-row .xlsx roster of Party members through the
// members list's import dialog in headless Chromium. Reports the time to read and check the file,
// the time to create the rows, the peak JS heap, whether progress showed, and how long the main
// thread was blocked meanwhile. Bounded: an import still running after MAX_IMPORT_MS is reported as
// such with its rate. Writes bench/results/import.json.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CDPSession, Page } from "playwright-core";
import { generateDb } from "../mock-api/seed/generate";
import { launch } from "./support/browser";
import { buildDemo } from "./support/build";
import { adminSession, localToday, startMockApi } from "./support/mockApi";
import { OUT, printTable, removeBuilds, round, ROOT, writeResult } from "./support/report";
import { serve } from "./support/serve";

const ROWS = 5_000;
const MAX_IMPORT_MS = 180_000;
const TARGETS = { totalSeconds: 10 };
/** Columns of the roster as a secretary's spreadsheet has them: Chinese headers and option names. */
const COLUMNS = ["name", "gender", "ethnicity", "birthDate", "idNumber", "phone", "education", "department", "jobTitle", "professionalTitle", "branchId", "stage", "applicationDate", "activistDate", "candidateDate", "admissionDate", "fullMemberDate", "partyStatus", "duesCategory", "duesBase"];

type Tree = { [key: string]: string | Tree };

async function writeRoster(file: string): Promise<void> {
  const zh = (JSON.parse(readFileSync(path.join(ROOT, "locales/zh-CN/members.json"), "utf8")) as Tree)["party-members"] as Tree;
  const labels = zh.fields as Record<string, string>;
  const options = zh.options as Record<string, Record<string, string>>;
  // Another seed than the API's own members, so the people are new to it.
  const members = generateDb({ members: ROWS, seed: 20_240_701, today: localToday() }).members as unknown as Record<string, unknown>[];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("党员名册");
  sheet.addRow(COLUMNS.map((c) => labels[c] ?? c));
  for (const member of members.slice(0, ROWS)) {
    sheet.addRow(COLUMNS.map((c) => {
      const value = member[c];
      if (value === null || value === undefined) return null;
      return options[c]?.[String(value)] ?? value;
    }));
  }
  mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}

async function heapMb(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 1024 / 1024;
}

/** Long tasks (> 50 ms) on the page's main thread from now on. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
  return () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

/** The creating bar's accessible name (party.import.progress); the checking bar has another. */
const CREATE_LABEL = "导入进度";

// Plain script text: the page runs it as written (no bundler helpers inside a page function).
const PROGRESS_RECORDER = `(() => {
  const shown = (window.__importProgress = []);
  const note = () => {
    for (const bar of document.querySelectorAll(".ant-modal .ant-progress[aria-valuenow]")) {
      const label = bar.getAttribute("aria-label") || "";
      const percent = Number(bar.getAttribute("aria-valuenow"));
      const last = [...shown].reverse().find((p) => p.label === label);
      if (!last || last.percent !== percent) shown.push({ label, percent, at: performance.now() });
    }
  };
  new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
})()`;

/** The longest interval between consecutive instants, in ms. */
const longestGap = (times: number[]) => times.slice(1).reduce((most, t, i) => Math.max(most, t - times[i]), 0);

const started = performance.now();
const memberCount = () => (api.db.get("members").value() as unknown as unknown[]).length;
const roster = path.join(OUT, "import", `roster-${ROWS}.xlsx`);
console.log(`Writing a ${ROWS}-row roster and building the demo…`);
await writeRoster(roster);
const api = await startMockApi(1500);
const servers: { close: () => Promise<void> }[] = [];
let browserClose: (() => Promise<void>) | undefined;
try {
  const demo = await serve(await buildDemo("import-demo"), api.url);
  servers.push(demo);
  const membersBefore = memberCount();
  const browser = await launch(await adminSession(api.url, api.seed));
  browserClose = browser.close;
  const { page } = browser;
  page.setDefaultTimeout(60_000);
  await page.goto(`${demo.url}/party/members`);
  await page.locator(".ant-table-tbody tr.ant-table-row").first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const longTasks = await watchLongTasks(page);

  // Peak heap, sampled through the whole import.
  let peakHeapMb = await heapMb(cdp);
  const baseHeapMb = peakHeapMb;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakHeapMb = Math.max(peakHeapMb, await heapMb(cdp).catch(() => 0));
      await new Promise((r) => setTimeout(r, 200));
    }
  })();

  // Every progress value the dialog shows (checking, then creating), recorded in the page as it
  // changes, with the page's clock: the loop below only notices when the import is done.
  await page.evaluate(PROGRESS_RECORDER);

  await page.getByRole("button", { name: /导\s*入/ }).first().click();
  const dialog = page.locator(".ant-modal");
  const t0 = performance.now();
  await dialog.locator("input[type=file]").setInputFiles(roster);
  const start = dialog.getByRole("button", { name: /导入 \d+ 条合格记录/ });
  await start.waitFor({ timeout: 120_000 });
  const tChecked = performance.now();
  const valid = Number(/(\d+)/.exec((await start.textContent()) ?? "")?.[1] ?? 0);
  await start.click();
  const tStarted = performance.now();

  // Until the summary shows or time runs out.
  let finished = false;
  while (performance.now() - tStarted < MAX_IMPORT_MS) {
    if (await dialog.locator(".ant-result").count()) {
      finished = true;
      break;
    }
    await page.waitForTimeout(100);
  }
  const tDone = performance.now();
  const shown = (await page.evaluate("window.__importProgress")) as { label: string; percent: number; at: number }[];
  const lastPercent = shown.filter((p) => p.label === CREATE_LABEL).at(-1)?.percent ?? 0;
  sampling = false;
  await sampler;
  const tasks = await longTasks();
  const summary = finished ? ((await dialog.locator(".ant-result-title").textContent()) ?? "") : "";
  const membersAfter = memberCount();

  const checkSeconds = (tChecked - t0) / 1000;
  const createSeconds = (tDone - tStarted) / 1000;
  const created = membersAfter - membersBefore;
  const rate = created / Math.max(createSeconds, 0.001);
  const figures = {
    rows: ROWS,
    validRows: valid,
    created,
    finished,
    readAndCheckSeconds: round(checkSeconds, 2),
    createSeconds: round(createSeconds, 2),
    totalSeconds: round(checkSeconds + createSeconds, 2),
    rowsPerSecond: round(rate),
    projectedTotalSeconds: round(checkSeconds + valid / Math.max(rate, 0.001), 1),
    peakHeapMb: round(peakHeapMb),
    heapBeforeMb: round(baseHeapMb),
    progressValuesSeen: shown.length,
    checkingProgressValues: shown.filter((p) => p.label !== CREATE_LABEL).length,
    creatingProgressValues: shown.filter((p) => p.label === CREATE_LABEL).length,
    longestWithoutProgressMs: round(longestGap(shown.map((p) => p.at))),
    lastProgressPercent: finished ? 100 : lastPercent,
    longTasks: tasks.length,
    longestTaskMs: round(Math.max(0, ...tasks)),
    totalBlockingMs: round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
    summary,
  };
  printTable(`Import of a ${ROWS}-row .xlsx roster (members)`, ["figure", "value", "target"], [
    ["read + check the file, s", figures.readAndCheckSeconds, ""],
    ["create the rows, s", figures.createSeconds + (finished ? "" : " (stopped)"), ""],
    ["total, s", figures.totalSeconds, `≤ ${TARGETS.totalSeconds}`],
    ["rows valid / created", `${valid} / ${created}`, ""],
    ["rows per second while creating", figures.rowsPerSecond, ""],
    ["projected total for all valid rows, s", figures.projectedTotalSeconds, `≤ ${TARGETS.totalSeconds}`],
    ["peak JS heap, MB (before: " + figures.heapBeforeMb + ")", figures.peakHeapMb, ""],
    ["progress values shown (checking + creating)", `${figures.checkingProgressValues} + ${figures.creatingProgressValues} (last ${figures.lastProgressPercent}%)`, "shown"],
    ["longest time between two progress values, ms", figures.longestWithoutProgressMs, ""],
    ["long tasks / longest, ms", `${figures.longTasks} / ${figures.longestTaskMs}`, ""],
    ["total blocking time, ms", figures.totalBlockingMs, ""],
  ]);
  if (summary) console.log(`Dialog: ${summary}`);
  const file = writeResult("import", { ...figures, targets: TARGETS, maxImportSeconds: MAX_IMPORT_MS / 1000, seconds: round((performance.now() - started) / 1000) });
  console.log(`\nWrote ${file}`);
} finally {
  await browserClose?.();
  for (const server of servers) await server.close();
  await api.close();
  removeBuilds("import-demo", "import");
}
