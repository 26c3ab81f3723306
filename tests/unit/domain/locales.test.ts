// The domain's message keys against locales/*/rules.json: same keys in both languages, the same
// {{placeholders}} in each translation, every key the code emits present, and none left over.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, activityMissingKey } from "../../../src/domain/organizationalLife";
import { SELF_LAPSE_KEYS } from "../../../src/domain/selfLapse";

const root = join(import.meta.dirname, "../../..");
// Rules and warnings live in rules.json; those of organizational life, the dues and transfers, and the branch assessment in their own files.
const RULE_FILES = ["rules.json", "orglife.json", "dues.json", "assessment.json"];
const read = (lang: string, file: string) => JSON.parse(readFileSync(join(root, "locales", lang, file), "utf8")) as Record<string, Record<string, object>>;
const load = (lang: string) => {
  const [rules, ...more] = RULE_FILES.map((file) => read(lang, file));
  for (const extra of more) for (const group of ["rules", "warnings"]) Object.assign(rules.party[group], extra.party?.[group]);
  return rules;
};

function flatten(node: object, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(node)) {
    if (typeof v === "string") out[prefix + k] = v;
    else Object.assign(out, flatten(v as object, `${prefix}${k}.`));
  }
  return out;
}

// A counted message is one key with i18next's plural forms (`_one`, `_other` …), as many as the language has.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const singular = (flat: Record<string, string>) => Object.fromEntries(Object.entries(flat).map(([k, v]) => [k.replace(PLURAL, ""), v]));
const zh = singular(flatten(load("zh-CN")));
const en = singular(flatten(load("en-US")));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Keys the domain code emits, read from its helpers: key("x"), refuse(field, "x"), warning("x"). */
function emittedKeys(): Set<string> {
  const keys = new Set<string>();
  // Rules live in src/domain; resources may raise domain warnings of their own (e.g. a commitment's).
  const dirs = [join(root, "src/domain"), ...readdirSync(join(root, "src/resources"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, "src/resources", d.name))];
  for (const [dir, file] of dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => [dir, f] as const))) {
    const source = readFileSync(join(dir, file), "utf8");
    for (const m of source.matchAll(/\b(?:key|rule)\("(\w+)"\)/g)) keys.add(`party.rules.${m[1]}`);
    for (const m of source.matchAll(/\brefuse\([^,]+,\s*"(\w+)"/g)) keys.add(`party.rules.${m[1]}`);
    for (const m of source.matchAll(/\bwarning\("(\w+)"/g)) keys.add(`party.warnings.${m[1]}`);
    // Keys written out in full (data rules of a resource).
    for (const m of source.matchAll(/"(party\.(?:rules|warnings)\.\w+)"/g)) keys.add(m[1]);
  }
  for (const kind of ACTIVITY_KINDS) keys.add(activityMissingKey(kind));
  // A branch's gaps, one badge per kind (resources/branches/warnings.ts).
  for (const kind of ACTIVITY_KINDS) keys.add(`party.warnings.activityGaps.${kind}`);
  for (const key of SELF_LAPSE_KEYS) keys.add(key);
  return keys;
}

describe("locales/*/rules.json", () => {
  it("has the same keys in zh-CN and en-US, under party.rules and party.warnings", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) expect(key).toMatch(/^party\.(rules|warnings)\./);
  });
  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(zh)) expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
  });
  it("defines every key the domain emits, and nothing else", () => {
    const emitted = emittedKeys();
    expect(emitted.size).toBeGreaterThan(30);
    expect([...emitted].filter((key) => !(key in zh))).toEqual([]);
    expect(Object.keys(zh).filter((key) => !emitted.has(key))).toEqual([]);
  });
});
