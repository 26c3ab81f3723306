// @vitest-environment jsdom
// A plugin page speaks antd in the plugin's language whatever the host's ConfigProvider holds (no
// locale, or the other language's), while the host's other settings still reach it. The list's
// date-range filter fetches antd's picker when a person reaches for it, and hands it the focus.
import { act, cleanup, waitFor } from "@testing-library/react";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import { afterEach, describe, expect, it } from "vitest";
import { fixtureData } from "../support/fixtures";
import { renderParty } from "../support/renderParty";

afterEach(cleanup);

// The first date-range filter (the branches list has two): antd's picker once a person reaches for it.
const dateRangeInputs = () => Array.from(document.querySelectorAll<HTMLInputElement>(".ant-picker-range input")).slice(0, 2);
const standInInputs = () => Array.from(document.querySelectorAll<HTMLInputElement>(".party-date-range input"));

async function branchList(language: "zh-CN" | "en-US", hostConfig: object) {
  const view = await renderParty({ path: "/party/branches", data: fixtureData(), language, hostConfig });
  await waitFor(() => expect(standInInputs().length).toBeGreaterThan(0), { timeout: 10_000 });
  // Before: the stand-in says the same as the picker will.
  const said = standInInputs()[0].placeholder;
  act(() => standInInputs()[0].focus());
  await waitFor(() => expect(dateRangeInputs().length).toBeGreaterThan(0), { timeout: 10_000 });
  expect(dateRangeInputs().map((input) => input.placeholder).join(" → ")).toBe(said);
  expect(document.activeElement).toBe(dateRangeInputs()[0]);
  return view;
}

describe("antd's locale on plugin pages", () => {
  it("is Chinese on a Chinese page under a host ConfigProvider without a locale, and the host's other settings still apply", async () => {
    await branchList("zh-CN", { componentSize: "small" });
    expect(dateRangeInputs().map((input) => input.placeholder)).toEqual(["开始日期", "结束日期"]);
    // the nested provider sets the locale only: the host's component size reaches the plugin's buttons
    await waitFor(() => expect(document.querySelector(".ant-picker-range")?.className).toContain("ant-picker-small"));
    expect(dayjs.locale()).toBe("zh-cn");
  });

  it("follows the page's language even where the host's locale says another", async () => {
    await branchList("zh-CN", { locale: enUS });
    expect(dateRangeInputs()[0].placeholder).toBe("开始日期");
    cleanup();
    await branchList("en-US", { locale: zhCN });
    expect(dateRangeInputs().map((input) => input.placeholder)).toEqual(["Start date", "End date"]);
    expect(dayjs.locale()).toBe("en");
  });
});
