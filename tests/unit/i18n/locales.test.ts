// The plugin's locale files: same keys in both languages, every key the schemas and validators
// ask for present, and the bundles registered without overwriting a host's own keys.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import i18next, { type i18n as I18n } from "i18next";
import { describe, expect, it } from "vitest";
import { loadPluginBundle } from "../../../src/i18n/bundles";
import { loadPartyLanguage, registerPartyBundles } from "../../../src/i18n/register";
import { builtInResources, MENU_GROUPS } from "../../../src/resources";
import { SCREEN_MANIFEST } from "../../../src/resources/manifest";
import { keys, resourceIdentifier } from "../../../src/schema/i18nKeys";
import { FIELD_KINDS, LANGUAGES, type FieldDef, type FieldKind, type Language } from "../../../src/schema/types";
import { validateField } from "../../../src/schema/validateField";
import { validateSettings } from "../../../src/schema/validateSettings";

const root = join(import.meta.dirname, "../../..");
const HOST_FILES = ["demo.json"];
// Refine's own UI strings, which the plugin supplies for hosts whose i18n lacks them.
const REFINE_FILE = "refine.json";

type Tree = { [key: string]: string | Tree };
function flatten(node: Tree, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(node)) {
    if (typeof v === "string") out[prefix + k] = v;
    else Object.assign(out, flatten(v, `${prefix}${k}.`));
  }
  return out;
}
const readLocale = (lng: string, file: string) => flatten(JSON.parse(readFileSync(join(root, "locales", lng, file), "utf8")) as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Keys present in `a` but not in `b`, for readable failures. */
const missing = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).filter((k) => !(k in b));

// i18next plural keys (`x_one`, `x_other`): each language has exactly the forms its plural rules use
// (Chinese only `other`), so keys are compared by their base.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBases = (flat: Record<string, string>) => new Set(Object.keys(flat).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
const withoutPluralForms = (flat: Record<string, string>) =>
  Object.fromEntries(Object.entries(flat).map(([k, v]) => [k.replace(PLURAL, ""), v] as const));

/** The plugin's strings per language, exactly as registerPartyBundles ships them. */
const plugin = Object.fromEntries(await Promise.all(LANGUAGES.map(async (lng) => [lng, flatten((await loadPluginBundle(lng)) as Tree)]))) as Record<
  Language,
  Record<string, string>
>;

/** Required keys that are absent in some language, as "lng: key". */
function absent(required: Iterable<string>) {
  const out: string[] = [];
  for (const key of required) for (const lng of LANGUAGES) if (!(plugin[lng][key] ?? plugin[lng][`${key}_other`])?.trim()) out.push(`${lng}: ${key}`);
  return [...new Set(out)];
}

describe("locale files", () => {
  const zhFiles = readdirSync(join(root, "locales", "zh-CN")).filter((f) => f.endsWith(".json")).sort();
  const enFiles = readdirSync(join(root, "locales", "en-US")).filter((f) => f.endsWith(".json")).sort();

  it("exist under the same names in zh-CN and en-US", () => {
    expect(enFiles).toEqual(zhFiles);
    expect(zhFiles.length).toBeGreaterThan(2);
  });

  it.each(zhFiles)("%s has the same keys in both languages", (file) => {
    const zh = withoutPluralForms(readLocale("zh-CN", file));
    const en = withoutPluralForms(readLocale("en-US", file));
    expect({ file, onlyInZh: missing(zh, en), onlyInEn: missing(en, zh) }).toEqual({ file, onlyInZh: [], onlyInEn: [] });
  });

  it.each(zhFiles)("%s: every plural key has exactly the forms each language's plural rules need, and counts {{count}}", (file) => {
    for (const lng of LANGUAGES) {
      const flat = readLocale(lng, file);
      const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      for (const base of pluralBases(flat)) {
        const present = Object.keys(flat).filter((k) => k.replace(PLURAL, "") === base && PLURAL.test(k)).map((k) => PLURAL.exec(k)![1]);
        expect([lng, base, [...present].sort()]).toEqual([lng, base, [...forms].sort()]);
        expect(flat[base]).toBeUndefined();
        for (const form of present) expect([lng, `${base}_${form}`, placeholders(flat[`${base}_${form}`])]).toEqual([lng, `${base}_${form}`, expect.arrayContaining(["count"])]);
      }
    }
  });

  it("counts shown in a sentence are plural keys in both languages", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: "en-US", fallbackLng: false, resources: {}, interpolation: { escapeValue: false } });
    await registerPartyBundles(i18n);
    await loadPartyLanguage(i18n, "zh-CN");
    expect(i18n.t("party.warnings.lowRating", { count: 1 })).toBe("Low rating (1 star); rectification needed");
    expect(i18n.t("party.warnings.lowRating", { count: 2 })).toBe("Low rating (2 stars); rectification needed");
    expect(i18n.t("party.warnings.lowRating", { count: 1, lng: "zh-CN" })).toBe("评价偏低（1 星），需整改");
    expect(i18n.t("party.export.done", { count: 1 })).toBe("Exported 1 record");
    expect(i18n.t("party.export.done", { count: 3 })).toBe("Exported 3 records");
  });

  it.each(zhFiles)("%s uses the same {{placeholders}} in both languages, and no empty strings", (file) => {
    const zh = readLocale("zh-CN", file);
    const en = readLocale("en-US", file);
    const differing = Object.keys(zh).filter((k) => k in en && placeholders(zh[k]).join() !== placeholders(en[k]).join());
    const empty = [...Object.entries(zh), ...Object.entries(en)].filter(([, text]) => !text.trim()).map(([k]) => k);
    expect({ file, differing, empty }).toEqual({ file, differing: [], empty: [] });
  });

  it("plugin files only define keys under the plugin's own prefixes (never a host's resource), or Refine's standard ones", () => {
    const refine = new Set(Object.keys(readLocale("zh-CN", REFINE_FILE)));
    const foreign = Object.keys(plugin["zh-CN"]).filter(
      (key) => !/^party(\.|-[a-z-]+\.)/.test(key) && !/^documentTitle\.party-[a-z-]+\./.test(key) && !refine.has(key),
    );
    expect(foreign).toEqual([]);
  });
});

describe("keys the schemas derive", () => {
  it.each(builtInResources.map((def) => [def.name, def] as const))("%s: menu label, page titles, field labels", (name, def) => {
    // a read-only resource (e.g. the audit trail) has no create/edit pages, hence no such titles
    const actions = def.readOnly ? (["list", "show"] as const) : (["list", "create", "edit", "show"] as const);
    const required = [keys.resourceLabel(name), ...actions.map((a) => keys.title(name, a))];
    for (const field of Object.keys(def.fields)) required.push(keys.field(name, field));
    expect(absent(required)).toEqual([]);
  });

  it.each(builtInResources.map((def) => [def.name, def] as const))("%s: every option of every choice field", (name, def) => {
    const required: string[] = [];
    for (const [field, spec] of Object.entries(def.fields)) for (const value of spec.values ?? []) required.push(keys.option(name, field, value));
    expect(absent(required)).toEqual([]);
  });

  it.each(builtInResources.map((def) => [def.name, def] as const))("%s: help text of fields that declare help", (name, def) => {
    const required = Object.entries(def.fields)
      .filter(([, spec]) => spec.help)
      .map(([field]) => keys.help(name, field));
    expect(absent(required)).toEqual([]);
  });

  it("every hand-written screen has a menu label and the browser tab's title", () => {
    const builtIn = new Set(builtInResources.map((def) => def.name));
    const required = SCREEN_MANIFEST.filter((entry) => !builtIn.has(entry.name)).flatMap((entry) => [
      keys.resourceLabel(entry.name),
      // A screen of one record opens as that record's page.
      `documentTitle.${resourceIdentifier(entry.name)}.${entry.record ? "show" : "list"}`,
    ]);
    expect(absent(required)).toEqual([]);
  });

  it("menu groups in use and the settings screen have labels", () => {
    const groups = MENU_GROUPS.filter((g) => g.name === "admin" || builtInResources.some((d) => d.group === g.name));
    expect(absent([...groups.map((g) => keys.group(g.name)), keys.resourceLabel("resource-settings")])).toEqual([]);
  });

  it("field kinds have names (the settings screen lists them)", () => {
    expect(absent(FIELD_KINDS.map((kind) => keys.common(`kinds.${kind}`)))).toEqual([]);
  });

  it("resource identifiers are prefixed so they cannot collide with a host's resource", () => {
    for (const def of builtInResources) expect(resourceIdentifier(def.name)).toBe(`party-${def.name}`);
  });
});

describe("keys the validators emit", () => {
  const source = (path: string) => readFileSync(join(root, path), "utf8");

  it("every party.validation.* key validateField can return exists in both languages", () => {
    const written = [...source("src/schema/validateField.ts").matchAll(/\bv\("(\w+)"\)/g)].map((m) => `party.validation.${m[1]}`);
    expect(written.length).toBeGreaterThan(15);
    expect(absent(written)).toEqual([]);
  });

  it("every key emitted while validating a battery of values exists, with the placeholders it is given", () => {
    const samples: unknown[] = [undefined, "", "x", "x".repeat(600), -5, 0, 0.001, 1.5, 7, 101, 1e7, true, [], ["x"], [{}], [1, 2, 3, 4], {}];
    const emitted = new Map<string, string[]>();
    for (const kind of FIELD_KINDS as readonly FieldKind[]) {
      const field: FieldDef = { kind, required: true, minLength: 2, maxLength: 3, min: 1, max: 100, pattern: "\\d+", values: ["a"], target: "members" };
      for (const value of samples) {
        const error = validateField("f", field, value);
        if (error) emitted.set(error.key, Object.keys(error.params ?? {}));
      }
    }
    expect(emitted.size).toBeGreaterThan(10);
    expect(absent(emitted.keys())).toEqual([]);
    for (const [key, params] of emitted) {
      for (const lng of LANGUAGES) expect([lng, key, placeholders(plugin[lng][key] ?? plugin[lng][`${key}_other`] ?? "")]).toEqual([lng, key, [...params].sort()]);
    }
  });

  it("keys the record validator and the mock API add (unknown field, missing relation) exist", () => {
    const written = new Set<string>();
    for (const path of ["src/schema/validateRecord.ts", "mock-api/middlewares/validateWrites.ts", "mock-api/middlewares/settingsWrites.ts", "mock-api/middlewares/versioning.ts"]) {
      for (const m of source(path).matchAll(/"(party\.(?:validation|errors|settings\.errors)\.[\w-]+)"/g)) written.add(m[1]);
    }
    expect(written).toContain("party.validation.unknownField");
    expect(written).toContain("party.validation.relationMissing");
    expect(absent(written)).toEqual([]);
  });

  it("every party.settings.errors.* key validateSettings can return exists", () => {
    const written = [...source("src/schema/validateSettings.ts").matchAll(/\be\([^,]+,\s*"(\w+)"/g)].map((m) => `party.settings.errors.${m[1]}`);
    expect(written.length).toBeGreaterThan(5);
    const emitted = validateSettings(
      builtInResources[0],
      {
        id: builtInResources[0].name,
        customFields: [
          { key: "Bad", kind: "enum", label: {} },
          { key: "name", kind: "number", label: { "zh-CN": "x", "en-US": "x" } },
          { key: "branch", kind: "relation", target: "ghosts", label: { "zh-CN": "x", "en-US": "x" }, min: 3, max: 1 },
        ],
        hidden: ["ghost"],
      },
      { targets: builtInResources.map((r) => r.name) },
    ).map((e) => e.key);
    expect(emitted.length).toBeGreaterThan(2);
    expect(absent([...written, ...emitted])).toEqual([]);
  });

  it("every error kind a PartyHttpError can carry has a message", () => {
    const kinds = ["validation", "unauthorized", "forbidden", "not-found", "conflict", "server", "timeout", "offline"];
    expect(absent(kinds.map((k) => `party.errors.${k}`))).toEqual([]);
  });
});

describe("registerPartyBundles", () => {
  async function hostI18n(resources: Record<string, Record<string, Tree>>, defaultNS?: string): Promise<I18n> {
    const instance = i18next.createInstance();
    await instance.init({
      lng: "zh-CN",
      fallbackLng: false,
      resources,
      ...(defaultNS ? { defaultNS } : {}),
      interpolation: { escapeValue: false },
    });
    return instance;
  }

  it("adds the current language's keys now, and another's when it is loaded or switched to", async () => {
    const i18n = await hostI18n({});
    expect(i18n.exists("party.common.no")).toBe(false);
    await registerPartyBundles(i18n);
    expect(i18n.t("party.common.no")).toBe(plugin["zh-CN"]["party.common.no"]);
    expect(i18n.t("party.validation.maxLength", { count: 30 })).toContain("30");
    // One language per chunk: English is not there until asked for.
    expect(i18n.hasResourceBundle("en-US", "translation")).toBe(false);
    await loadPartyLanguage(i18n, "en-US");
    expect(i18n.t(keys.field("members", "name"), { lng: "en-US" })).toBe(plugin["en-US"][keys.field("members", "name")]);
    expect(i18n.t("party.validation.maxLength", { lng: "en-US", count: 30 })).toContain("30");
  });

  it("loads a language a host switches to without waiting, and announces it again once added", async () => {
    const i18n = await hostI18n({});
    await registerPartyBundles(i18n);
    const announced = new Promise<void>((resolve) => i18n.on("languageChanged", () => i18n.exists("party.common.no") && resolve()));
    await i18n.changeLanguage("en-US");
    await announced;
    expect(i18n.t("party.common.no")).toBe(plugin["en-US"]["party.common.no"]);
  });

  it("never overwrites a key the host already has, in any language", async () => {
    const i18n = await hostI18n({
      "zh-CN": { translation: { party: { common: { yes: "HOST" } } } },
      "en-US": { translation: { party: { common: { yes: "HOST-EN" } } } },
    });
    await registerPartyBundles(i18n);
    await loadPartyLanguage(i18n, "en-US");
    expect(i18n.t("party.common.yes")).toBe("HOST");
    expect(i18n.t("party.common.yes", { lng: "en-US" })).toBe("HOST-EN");
    // siblings of the host's key still arrive (deep merge, not replace)
    expect(i18n.t("party.common.no")).toBe(plugin["zh-CN"]["party.common.no"]);
    expect(i18n.t("party.common.no", { lng: "en-US" })).toBe(plugin["en-US"]["party.common.no"]);
  });

  it("keeps a host's own resource of the same name (members) intact", async () => {
    const i18n = await hostI18n({ "zh-CN": { translation: { members: { fields: { name: "职工姓名" } } } } });
    await registerPartyBundles(i18n);
    expect(i18n.t("members.fields.name")).toBe("职工姓名");
    expect(i18n.t(keys.field("members", "name"))).toBe(plugin["zh-CN"][keys.field("members", "name")]);
  });

  it("registers into the host's default namespace", async () => {
    const i18n = await hostI18n({ "zh-CN": { app: { hello: "你好" } } }, "app");
    await registerPartyBundles(i18n);
    expect(i18n.t("party.common.no")).toBe(plugin["zh-CN"]["party.common.no"]);
    expect(i18n.hasResourceBundle("zh-CN", "translation")).toBe(false);
  });

  it("does not ship the demo host's own strings", async () => {
    const i18n = await hostI18n({});
    await registerPartyBundles(i18n);
    for (const file of HOST_FILES) {
      const hostKeys = Object.keys(readLocale("zh-CN", file));
      expect(hostKeys.length).toBeGreaterThan(0);
      expect(hostKeys.filter((key) => key in plugin["zh-CN"] && !key.startsWith("party"))).toEqual([]);
    }
    expect(i18n.exists("demo.title")).toBe(false);
  });
});
