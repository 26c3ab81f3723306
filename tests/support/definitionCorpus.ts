// The bad-definition corpus (tests/corpus/bad-definitions.json), read by the unit test of the
// designer's validation and by the API test of the mock API; its custom-field cases by the corpus
// test of the settings (tests/integration/customFieldCorpus.test.ts).
import { readFileSync } from "node:fs";
import { TEMPLATES, type ResourceDefinition } from "../../src/schema/definitions";
import type { CustomFieldSpec } from "../../src/schema/settingsTypes";

export interface DefinitionCase {
  id: string;
  description: string;
  set: [string, unknown][];
  expect: { field: string; key: string };
}
export interface RecordCase {
  id: string;
  description: string;
  patch: Record<string, unknown>;
  expect: { field: string; key: string };
}

/** Bad custom fields of members' settings: the same per-field checks as a definition's fields. */
export interface CustomFieldCase {
  id: string;
  description: string;
  customFields: CustomFieldSpec[];
  expect: { field: string; key: string };
}

export const definitionCorpus = JSON.parse(readFileSync(new URL("../corpus/bad-definitions.json", import.meta.url), "utf8")) as {
  definitions: DefinitionCase[];
  records: RecordCase[];
  customFields: CustomFieldCase[];
};

/** A fresh copy of the 志愿服务记录 template, the corpus's starting point. */
export const volunteerTemplate = (): ResourceDefinition => structuredClone(TEMPLATES.find((t) => t.id === "volunteer-records")!);

/** The template with a case's changes (`fields.1.target` style paths). */
export function spoiled(c: DefinitionCase): ResourceDefinition {
  const def = volunteerTemplate() as unknown as Record<string, unknown>;
  for (const [path, value] of c.set) {
    const parts = path.split(".");
    let at = def as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) at = at[part] as Record<string, unknown>;
    at[parts.at(-1)!] = structuredClone(value);
  }
  return def as unknown as ResourceDefinition;
}
