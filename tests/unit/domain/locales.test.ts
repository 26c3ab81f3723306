// The domain's message keys against locales/*/rules.json: same keys in both languages, the same
// {{placeholders}} in each translation, every key the code emits present, and none left over.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, activityMissingKey } from "../../../src/domain/organizationalLife";

const root = join(import.meta.dirname, "../../..");
const load = (lang: string) => JSON.parse(readFileSync(join(root, "locales", lang, "rules.json"), "utf8")) as object;

function flatten(node: object, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(node)) {
    if (typeof v === "string") out[prefix + k] = v;
    else Object.assign(out, flatten(v as object, `${prefix}${k}.`));
  }
  return out;
}

const zh = flatten(load("zh-CN"));
const en = flatten(load("en-US"));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Keys the domain code emits, read from its helpers: key("x"), refuse(field, "x"), warning("x"). */
function emittedKeys(): Set<string> {
  const keys = new Set<string>();
  // Rules live in src/domain; resources may raise domain warnings of their own (e.g. a commitment's).
  const dirs = [join(root, "src/domain"), ...readdirSync(join(root, "src/resources"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, "src/resources", d.name))];
  for (const [dir, file] of dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => [dir, f] as const))) {
    const source = readFileSync(join(dir, file), "utf8");
    for (const m of source.matchAll(/\bkey\("(\w+)"\)/g)) keys.add(`party.rules.${m[1]}`);
    for (const m of source.matchAll(/\brefuse\([^,]+,\s*"(\w+)"/g)) keys.add(`party.rules.${m[1]}`);
    for (const m of source.matchAll(/\bwarning\("(\w+)"/g)) keys.add(`party.warnings.${m[1]}`);
  }
  for (const kind of ACTIVITY_KINDS) keys.add(activityMissingKey(kind));
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
