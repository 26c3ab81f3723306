// axe-core (default rules, nothing excluded) on every route of the plugin and the demo host, in both
// languages, at 1366 px and at 390 px. The routes are derived: each resource of the manifest gives
// its list, create (unless read-only), show and edit of a seeded record; every module names its
// other screens in tests/e2e/routes/*.ts. One browser for the file; each role signs in once on the
// login page, and the pages are reached through the app's router, as its links do (no reload).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESOURCE_MANIFEST } from "../../src/resources/manifest";
import { axeViolations } from "./support/axe";
import { DEMO_PASSWORD, expectNoMissingKeys, launchApp, type Lang } from "./support/browser";
import { apiAs } from "./support-extra";
import type { ScreenRoute } from "./routes/types";

type User = ScreenRoute["user"];
interface Target extends ScreenRoute {
  /** Why this route is visited, for the report. */
  name: string;
}

const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const PREFIX = "/party";
const LIST_READY = ".ant-table-tbody tr.ant-table-row";
const SHOW_READY = ".ant-descriptions-item-content:not(:empty)";
const FORM_READY = "form .ant-form-item";
// An edit form has its record once the save button is enabled (it is disabled while the record loads).
const EDIT_READY = ".ant-card-actions button.ant-btn-primary:not(:disabled)";
const LOGIN_READY = "main form .ant-form-item";

const screenModules = import.meta.glob<{ SCREEN_ROUTES?: ScreenRoute[] }>("./routes/*.ts", { eager: true });
const SCREENS: Target[] = Object.entries(screenModules).flatMap(([file, module]) =>
  (module.SCREEN_ROUTES ?? []).map((route) => ({ ...route, name: `${file.replace(/^.*\//, "")} ${route.path}` })),
);

/**
 * Collections the seed leaves empty, and how a person fills them: the audit trail starts with the
 * first audited act, here an administrator seeing a member's full ID number (the entry the app writes).
 */
const ARRANGE: Record<string, () => Promise<unknown>> = {
  "audit-logs": async () => {
    const member = (await apiAs<Array<{ id: number }>>("admin", "/members?_limit=1")).body[0];
    // The backend writes the entry itself when the whole number leaves it.
    return apiAs("admin", `/members/${member.id}?reveal=idNumber`);
  },
};

async function firstRecord(resource: string): Promise<{ id: number } | undefined> {
  return (await apiAs<Array<{ id: number }>>("admin", `/${resource}?_limit=1`)).body[0];
}

/** list, create, show and edit of each resource; show and edit open the first seeded record. */
async function resourceTargets(): Promise<Target[]> {
  const targets: Target[] = [];
  for (const entry of RESOURCE_MANIFEST) {
    const base = `${PREFIX}/${entry.name}`;
    if (!(await firstRecord(entry.name))) await ARRANGE[entry.name]?.();
    const first = await firstRecord(entry.name);
    if (!first) throw new Error(`no ${entry.name} record to open: the seed has none`);
    targets.push({ name: `${entry.name} list`, path: base, user: "admin", ready: LIST_READY });
    if (!entry.readOnly) targets.push({ name: `${entry.name} create`, path: `${base}/create`, user: "admin", ready: FORM_READY });
    targets.push({ name: `${entry.name} show`, path: `${base}/show/${first.id}`, user: "admin", ready: SHOW_READY });
    if (!entry.readOnly) targets.push({ name: `${entry.name} edit`, path: `${base}/edit/${first.id}`, user: "admin", ready: EDIT_READY });
  }
  return targets;
}

/** Through the app's router (react-router listens to popstate), as a link inside the app would. */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((path) => {
    history.pushState({}, "", path);
    dispatchEvent(new PopStateEvent("popstate", { state: {} }));
  }, path);
}

/**
 * Until the route's own content is on screen: the document title has changed (the new route has
 * rendered), its ready element is visible, nothing is loading or moving, and the frame has the
 * layout of this width (the menu is a drawer below 992 px).
 */
async function settled(page: Page, ready: string, titleBefore: string | undefined, phone: boolean): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          ({ ready, titleBefore, phone }) => {
            const shown = (el: Element | null) => !!el && el.checkVisibility();
            if (titleBefore !== undefined && document.title === titleBefore) return "the title still names the previous page";
            if (![...document.querySelectorAll(ready)].some(shown)) return `waiting for ${ready}`;
            if ([...document.querySelectorAll(".ant-spin-spinning, .ant-skeleton")].some(shown)) return "loading";
            // A button fading from disabled to enabled is, mid-way, a colour pair nobody sees for long.
            const finite = (a: Animation) => a.playState === "running" && a.effect?.getTiming().iterations !== Infinity;
            if (document.getAnimations().some(finite)) return "animating";
            const sider = document.querySelector(".ant-layout-sider");
            if (document.querySelector(".ant-layout") && phone === shown(sider)) return "the frame has not taken this width's layout";
            return "ready";
          },
          { ready, titleBefore, phone },
        ),
      { timeout: 20_000 },
    )
    .toBe("ready");
}

/** Time spent per check, split into axe itself and the rest (navigating, waiting for content, resizing). */
const clock = { checks: 0, axeMs: 0, otherMs: 0 };

// A11Y_ROUTES narrows a run while fixing a page; the full list is the test.
const only = process.env.A11Y_ROUTES ? new RegExp(process.env.A11Y_ROUTES) : undefined;
const TARGETS = [...(await resourceTargets()), ...SCREENS].filter((t) => !only || only.test(t.name));
const ROUTE_TIMEOUT = 240_000; // two axe runs and a navigation; seconds on an idle machine, far more on a loaded one

describe("accessibility: axe finds nothing on any route", () => {
  let app: Awaited<ReturnType<typeof launchApp>>;
  let phone = false;
  const fileStarted = Date.now();

  beforeAll(async () => {
    app = await launchApp({ lang: "zh-CN", user: null, viewport: WIDE });
  });

  afterAll(async () => {
    await app?.dispose();
    const s = (ms: number) => (ms / 1000).toFixed(1);
    console.log(
      `[a11y] ${TARGETS.length} routes, ${clock.checks} axe checks: axe ${s(clock.axeMs)} s, navigating and waiting ${s(clock.otherMs)} s; whole file ${s(Date.now() - fileStarted)} s`,
    );
  });

  /** axe at the current width, then at the other (so consecutive routes need one resize each); every violation listed. */
  async function checkBothWidths(label: string, ready: string, titleBefore: string | undefined) {
    const { page } = app;
    const violations: string[] = [];
    let started = Date.now();
    for (const step of [0, 1]) {
      if (step === 1) {
        phone = !phone;
        await page.setViewportSize(phone ? PHONE : WIDE);
      }
      await settled(page, ready, step === 0 ? titleBefore : undefined, phone);
      const lang = await page.evaluate(() => document.documentElement.lang);
      const where = `${label} [${lang}, ${phone ? PHONE.width : WIDE.width} px]`;
      const axeStarted = Date.now();
      clock.otherMs += axeStarted - started;
      violations.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
      started = Date.now();
      clock.axeMs += started - axeStarted;
      clock.checks++;
      if (process.env.A11Y_SCREENSHOTS) await page.screenshot({ path: `tests/e2e/artifacts/a11y/${where.replace(/[^\w-]+/g, "_")}.png`, fullPage: true });
    }
    expect(violations, `axe violations (${violations.length})`).toEqual([]);
  }

  async function visit(target: Target) {
    // The same page again (a narrowed run where a role has one route) keeps its title: nothing to wait for.
    const titleBefore = app.page.url().endsWith(target.path) ? undefined : await app.page.title();
    await navigate(app.page, target.path);
    await checkBothWidths(target.name, target.ready, titleBefore);
  }

  /** On the login page, as a person signs in. */
  async function signIn(user: User) {
    const { page } = app;
    await page.waitForURL(/\/login(\?|$)/, { waitUntil: "commit" });
    await page.locator("#username").fill(user);
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname !== "/login", { waitUntil: "commit" });
  }

  async function signOut() {
    const { page } = app;
    if (phone) {
      phone = false;
      await page.setViewportSize(WIDE);
    }
    await page.locator(".ant-layout-sider .ant-menu-item").filter({ hasText: /^(退出登录|Logout)$/ }).click();
    await page.waitForURL(/\/login(\?|$)/, { waitUntil: "commit" });
  }

  async function switchLanguage(lang: Lang) {
    const { page } = app;
    await page.locator(".ant-layout-header .ant-segmented-item").filter({ hasText: lang === "zh-CN" ? "中文" : "English" }).click();
    await page.mouse.move(0, PHONE.height - 1); // no hover colour left on the switch
    await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
  }

  const routesOf = (user: User) => TARGETS.filter((t) => t.user === user);
  const pageIsClean = async () => {
    await expectNoMissingKeys(app.page);
    expect(app.pageErrors, "uncaught exceptions in the page").toEqual([]);
  };

  describe("the administrator, in Chinese", () => {
    it("login", { timeout: ROUTE_TIMEOUT }, async () => {
      await app.goto("/login");
      await checkBothWidths("login", LOGIN_READY, undefined);
      await signIn("admin");
    });
    for (const target of routesOf("admin")) it(target.name, { timeout: ROUTE_TIMEOUT }, () => visit(target));
    it("no missing translation, no page error", pageIsClean);
  });

  describe("the administrator, in English", () => {
    beforeAll(() => switchLanguage("en-US"));
    for (const target of routesOf("admin")) it(target.name, { timeout: ROUTE_TIMEOUT }, () => visit(target));
    it("login, after signing out", { timeout: ROUTE_TIMEOUT }, async () => {
      await signOut();
      await checkBothWidths("login", LOGIN_READY, undefined);
    });
    it("no missing translation, no page error", pageIsClean);
  });

  // Screens other modules open as a branch secretary or a member: each role signs in once and
  // sees its routes in English, then in Chinese.
  for (const user of ["secretary", "member"] as const) {
    if (!routesOf(user).length) continue;
    describe(`the ${user}`, () => {
      beforeAll(async () => {
        if (!new URL(app.page.url()).pathname.endsWith("/login")) await signOut();
        await signIn(user);
      }, ROUTE_TIMEOUT);
      for (const target of routesOf(user)) it(`${target.name} (en-US)`, { timeout: ROUTE_TIMEOUT }, () => visit(target));
      it("switches to Chinese", () => switchLanguage("zh-CN"));
      for (const target of routesOf(user)) it(`${target.name} (zh-CN)`, { timeout: ROUTE_TIMEOUT }, () => visit(target));
      it("no missing translation, no page error", async () => {
        await pageIsClean();
        await switchLanguage("en-US");
        await signOut();
      });
    });
  }
});
