// @vitest-environment jsdom
// 操作日志 checks its own hash chain: the verdict of GET /audit-logs/_verify is said in the person's language.
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderParty } from "../support/renderParty";

afterEach(cleanup);

const ENTRY = { id: 1, createdAt: "2026-11-30T08:00:00.000Z", authorName: "党委办公室", action: "update", resource: "branches", recordId: "3", changes: [] };

async function verify(language: "zh-CN" | "en-US", verdict: object) {
  const { fake } = await renderParty({ path: "/party/audit-logs", data: { "audit-logs": [ENTRY] }, language });
  fake.answerCustom("/audit-logs/_verify", verdict);
  fireEvent.click(await screen.findByRole("button", { name: language === "zh-CN" ? "校 验" : "Verify" }, { timeout: 10_000 }));
  return (await screen.findByRole("status")).textContent;
}

describe("the audit trail's chain check on 操作日志", () => {
  it("says the chain holds, with the number of entries", async () => {
    expect(await verify("zh-CN", { ok: true, entries: 1284 })).toBe("操作日志完整：1284 条记录的哈希链均未被改动");
  });

  it("says where the chain breaks, in English too", async () => {
    expect(await verify("en-US", { ok: false, entries: 1284, firstBroken: { index: 41, id: 977, reason: "hash" } })).toBe(
      "The hash chain breaks at entry 42 (no. 977): it or the one before it has been altered",
    );
  });
});
