// The lint rule that keeps the demo on the plugin's public API fails on an internal import.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule's messages on a snippet linted as if it were the given file (the snippets' unused names aside). */
async function messages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId !== "@typescript-eslint/no-unused-vars").map((m) => `${m.ruleId}: ${m.message}`);
}

describe("party/demo-public-api (src/demo/**)", () => {
  it.each([
    ['import { antdLocale } from "../i18n/uiLocales";', "src/demo/App.tsx"],
    ['import type { PartyUser } from "../domain/access";', "src/demo/auth.ts"],
    ['import { ENVELOPE_FIELDS } from "../../mock-api/envelope/naming";', "src/demo/backends.ts"],
    ['import { mergeFiles } from "../../i18n/bundles";', "src/demo/languages/zh-CN.ts"],
    ['export { refineI18nProvider } from "../i18n/refineI18nProvider";', "src/demo/i18n.ts"],
    ['const load = () => import("../views/transfer/sheetWorker");', "src/demo/sheet.worker.ts"],
    ['import strings from "../../../locales/zh-CN/party.json";', "src/demo/languages/zh-CN.ts"],
  ])("fails on %s", async (code, file) => {
    expect(await messages(code, file)).toEqual([expect.stringMatching(/^party\/demo-public-api: The demo may import the plugin only as a host does/)]);
  });

  it.each([
    ['import { createPartyBuilding } from "refine-party-building";', "src/demo/party.ts"],
    ['import { answerSheetRequests } from "refine-party-building/sheet-worker";', "src/demo/sheet.worker.ts"],
    ['import { theme } from "./theme";', "src/demo/App.tsx"],
    ['import type { HostLanguagePack } from "./index";', "src/demo/languages/zh-CN.ts"],
    ['import strings from "../../../locales/zh-CN/demo.json";', "src/demo/languages/zh-CN.ts"],
  ])("allows %s", async (code, file) => {
    expect(await messages(code, file)).toEqual([]);
  });

  it("applies to the demo only: the plugin's own modules import each other freely", async () => {
    expect(await messages('import { antdLocale } from "../i18n/uiLocales";', "src/views/Example.tsx")).toEqual([]);
  });
});
