// antd's locale must come from antd/es: the CommonJS path arrives as { default } under Vite and
// ConfigProvider then silently keeps English (see docs/architecture.md, "locales").
import enUS from "antd/es/locale/en_US";
import zhCN from "antd/es/locale/zh_CN";
import type { Locale } from "antd/es/locale";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import "dayjs/locale/en";
import type { Language } from "../schema/types";

export const DEFAULT_LANGUAGE: Language = "zh-CN";

export const antdLocales: Record<Language, Locale> = { "zh-CN": zhCN, "en-US": enUS };

const DAYJS: Record<Language, string> = { "zh-CN": "zh-cn", "en-US": "en" };

export const toLanguage = (lng: string | undefined): Language => (lng?.startsWith("en") ? "en-US" : "zh-CN");

/** Switches dayjs's global locale (month names, week start) to follow the UI language. */
export function applyDayjsLocale(lng: string): void {
  dayjs.locale(DAYJS[toLanguage(lng)]);
}
