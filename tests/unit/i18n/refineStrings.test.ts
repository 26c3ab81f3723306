// Refine's own UI strings (buttons, table, notifications, error pages …) come with the plugin, so a
// host whose i18n holds none of them shows no raw key on a plugin page — and a host's own still wins.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import i18next, { type Resource } from "i18next";
import { describe, expect, it } from "vitest";
import { loadPartyLanguage, registerPartyBundles } from "../../../src/i18n/register";
import { LANGUAGES } from "../../../src/schema/types";

const require = createRequire(import.meta.url);
const dist = (pkg: string) => readFileSync(require.resolve(pkg).replace(/index\.c?js$/, "index.mjs"), "utf8");
const sources = [dist("@refinedev/core"), dist("@refinedev/antd")];

// What Refine v5 and @refinedev/antd ask their i18nProvider for, read from their code: literal keys,
// and the button and breadcrumb keys they build from an action name (`buttons.${type}`, `actions.${action}`).
// The sign-in, sign-up and password pages and the document title are the host's own screens and name.
const HOST_OWNED = /^(pages\.(login|register|forgotPassword|updatePassword)\.|documentTitle\.)/;
function refineKeys(): string[] {
  const found = new Set<string>();
  for (const code of sources) {
    for (const m of code.matchAll(/"((?:buttons|notifications|pages\.error|autoSave|table|actions)\.[\w.]+|warnWhenUnsavedChanges)"/g)) found.add(m[1]);
    for (const m of code.matchAll(/useActionableButton\(\{ type: "(\w+)" \}/g)) found.add(`buttons.${m[1]}`);
    for (const m of code.matchAll(/useNavigationButton\(\{ \.\.\.props, action: "(\w+)" \}/g)) {
      found.add(`buttons.${m[1]}`);
      if (m[1] !== "list") found.add(`actions.${m[1]}`);
    }
  }
  return [...found].filter((key) => !HOST_OWNED.test(key)).sort();
}
// And what the plugin's own pages ask for under Refine's names.
const PLUGIN_ASKS = ["table.actions", "buttons.close", "buttons.undo", "buttons.confirm"];

async function bareHost(resources: Resource = {}) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: "zh-CN", fallbackLng: false, resources, interpolation: { escapeValue: false } });
  await registerPartyBundles(i18n);
  await loadPartyLanguage(i18n, "en-US");
  return i18n;
}

describe("Refine's standard strings", () => {
  const asked = [...refineKeys(), ...PLUGIN_ASKS];

  it("are found in Refine's code (the scan itself works)", () => {
    expect(asked).toEqual(expect.arrayContaining(["buttons.create", "buttons.delete", "buttons.refresh", "buttons.show", "notifications.undoable", "pages.error.404", "warnWhenUnsavedChanges", "actions.edit"]));
  });

  it("are supplied in both languages to a host whose i18n holds none of them", async () => {
    const i18n = await bareHost();
    const missing = LANGUAGES.flatMap((lng) => asked.filter((key) => !i18n.exists(key, { lng })).map((key) => `${lng}: ${key}`));
    expect(missing).toEqual([]);
    expect(i18n.t("buttons.create")).toBe("新建");
    expect(i18n.t("buttons.create", { lng: "en-US" })).toBe("Create");
    expect(i18n.t("notifications.undoable", { seconds: 5 })).toContain("5");
  });

  it("never replace a host's own translation of one of them", async () => {
    const i18n = await bareHost({
      "zh-CN": { translation: { buttons: { create: "新增" }, table: { actions: "管理" } } },
      "en-US": { translation: { buttons: { create: "Add" } } },
    });
    expect(i18n.t("buttons.create")).toBe("新增");
    expect(i18n.t("table.actions")).toBe("管理");
    expect(i18n.t("buttons.create", { lng: "en-US" })).toBe("Add");
    // the host's siblings it did not write still arrive
    expect(i18n.t("buttons.edit")).toBe("编辑");
    expect(i18n.t("table.actions", { lng: "en-US" })).toBe("Actions");
  });
});
