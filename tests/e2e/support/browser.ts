// One Chromium per test file and a fresh context (cookies, storage, cache) per test, the demo's
// language chosen before the first load, each account signed in once per file, page errors
// collected, a screenshot on failure, and the missing-translation check every test ends with.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeEach, expect, inject, type TestContext } from "vitest";

export type Lang = "zh-CN" | "en-US";

export const baseUrl = () => inject("baseUrl");
export const apiUrl = () => inject("apiUrl");

const ARTIFACTS = path.resolve(import.meta.dirname, "../artifacts");
const MISSING_STORE = "__e2eMissingI18nKeys";

export interface App {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Console errors, for the failure report only. */
  consoleErrors: string[];
  /** Every alert/confirm/prompt the page opened ("confirm: message"); they are accepted, as a person would. */
  dialogs: string[];
  /** Opens a path of the demo (e.g. `/party/branches`). */
  goto: (pathname: string) => Promise<void>;
}

export interface AppOptions {
  lang?: Lang;
  /**
   * The demo account already signed in when the page first loads (default "admin"), as if the
   * person had used the login page; `null` starts signed out.
   */
  user?: "admin" | "secretary" | "member" | null;
  viewport?: { width: number; height: number };
}

let browser: Promise<Browser> | undefined;

/** The file's one Chromium, started on first use and closed when the file's tests are done. */
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return browser;
}

afterAll(async () => {
  const started = browser;
  browser = undefined;
  if (started) await (await started).close().catch(() => undefined);
});

/** A fresh context of the file's Chromium with the demo's language (and account) preset in localStorage. */
export async function launchApp(options: AppOptions = {}): Promise<App & { dispose: () => Promise<void> }> {
  const context = await (await sharedBrowser()).newContext({
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const lang = options.lang ?? "zh-CN";
  const session = options.user === null ? undefined : await signIn(options.user ?? "admin");
  // Runs before the demo's scripts on every load: the language the demo reads, and a store that
  // keeps missing-key reports across reloads (the demo starts a fresh list on each load).
  await context.addInitScript(
    ({ lang, store, session }) => {
      try {
        if (!sessionStorage.getItem("__e2eLangSet")) {
          localStorage.setItem("lang", lang);
          if (session) {
            localStorage.setItem("token", session.token);
            localStorage.setItem("user", JSON.stringify(session.user));
          }
          sessionStorage.setItem("__e2eLangSet", "1");
        }
      } catch {
        return; // about:blank has no storage
      }
      addEventListener("pagehide", () => {
        const earlier = JSON.parse(sessionStorage.getItem(store) ?? "[]") as string[];
        const now = (window as unknown as { __missingI18nKeys?: string[] }).__missingI18nKeys ?? [];
        sessionStorage.setItem(store, JSON.stringify([...new Set([...earlier, ...now])]));
      });
    },
    { lang, store: MISSING_STORE, session },
  );
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.accept().catch(() => undefined);
  });
  page.on("pageerror", (error) => {
    pageErrors.push(`${error.name}: ${error.message}`);
    consoleErrors.push(`pageerror at ${page.url()}: ${(error.stack ?? "").split("\n").slice(0, 4).join(" | ")}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  return {
    context,
    page,
    pageErrors,
    consoleErrors,
    dialogs,
    goto: async (pathname) => {
      await page.goto(new URL(pathname, baseUrl()).href);
    },
    dispose: async () => {
      await context.close().catch(() => undefined);
    },
  };
}

export const DEMO_PASSWORD = "demo123";

const sessions = new Map<string, Promise<{ token: string; user: unknown }>>();

/** Signs a demo account in through the mock API, as the login page does (POST /auth/login); once per file. */
function signIn(username: string): Promise<{ token: string; user: unknown }> {
  let session = sessions.get(username);
  if (!session) sessions.set(username, (session = requestSession(username)));
  return session;
}

async function requestSession(username: string): Promise<{ token: string; user: unknown }> {
  const res = await fetch(`${apiUrl()}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`signing in as ${username} failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { token: string; user: unknown };
}

function slug(text: string) {
  return text.replace(/[^\w\u4e00-\u9fa5-]+/g, "_").slice(0, 120);
}

/**
 * Per test: a fresh browser before, and after it a screenshot into tests/e2e/artifacts/ when the
 * test failed, a check that the page threw nothing, then the browser closed.
 */
export function useApp(options: AppOptions = {}): App {
  let current: (App & { dispose: () => Promise<void> }) | undefined;
  beforeEach(async () => {
    current = await launchApp(options);
  });
  afterEach(async (ctx: TestContext) => {
    const app = current;
    current = undefined;
    if (!app) return;
    const file = path.join(ARTIFACTS, `${slug(`${path.basename(ctx.task.file.name, ".e2e.ts")}--${ctx.task.name}`)}.png`);
    try {
      if (ctx.task.result?.state === "fail") {
        mkdirSync(ARTIFACTS, { recursive: true });
        await app.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        console.log(`[e2e] screenshot: ${path.relative(process.cwd(), file)}  url: ${app.page.url()}`);
        if (app.dialogs.length) console.log(`[e2e] dialogs:\n  ${app.dialogs.join("\n  ")}`);
        if (app.consoleErrors.length) console.log(`[e2e] console errors:\n  ${app.consoleErrors.slice(0, 20).join("\n  ")}`);
      } else {
        rmSync(file, { force: true }); // an older failure's picture of a test that now passes
      }
      expect(app.pageErrors, "uncaught exceptions in the page").toEqual([]);
    } finally {
      await app.dispose();
    }
  });
  const get = () => {
    if (!current) throw new Error("useApp(): no browser outside a test");
    return current;
  };
  return {
    get context() {
      return get().context;
    },
    get page() {
      return get().page;
    },
    get pageErrors() {
      return get().pageErrors;
    },
    get consoleErrors() {
      return get().consoleErrors;
    },
    get dialogs() {
      return get().dialogs;
    },
    goto: (pathname: string) => get().goto(pathname),
  };
}

/** Every i18n key the demo asked for and did not find, on this page and on the ones before a reload. */
export async function missingKeys(page: Page): Promise<string[]> {
  return page.evaluate((store) => {
    const earlier = JSON.parse(sessionStorage.getItem(store) ?? "[]") as string[];
    const now = (window as unknown as { __missingI18nKeys?: string[] }).__missingI18nKeys ?? [];
    return [...new Set([...earlier, ...now])];
  }, MISSING_STORE);
}

/** Every test ends with this: a missing translation anywhere fails the suite. */
export async function expectNoMissingKeys(page: Page): Promise<void> {
  const hasList = await page.evaluate(() => Array.isArray((window as unknown as { __missingI18nKeys?: unknown }).__missingI18nKeys));
  expect(hasList, "the demo exposes window.__missingI18nKeys").toBe(true);
  const missing = await missingKeys(page);
  expect(missing, `missing i18n keys: ${missing.join(", ")}`).toEqual([]);
}

/** A suffix that makes names created by one test run unique. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36).padStart(2, "0")}`;
}

/** Like unique(), but letters only (digits become 零…九), for fields that accept only letters, e.g. a person's name. */
export function uniqueLetters(): string {
  return unique().replace(/\d/g, (d) => "零一二三四五六七八九"[Number(d)]);
}

/** With E2E_SCREENSHOTS=1, a picture of the page in tests/e2e/artifacts/<name>.png for a person to look at. */
export async function lookAt(page: Page, name: string, fullPage = true): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}
