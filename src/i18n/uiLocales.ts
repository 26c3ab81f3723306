// antd's locale must come from antd/es: the CommonJS path arrives as { default } under Vite and
// ConfigProvider then silently keeps English (see docs/architecture.md, "locales").
import type { Locale } from "antd/es/locale";
import dayjs from "dayjs";
import type { Language } from "../schema/types";

export const DEFAULT_LANGUAGE: Language = "zh-CN";

export const toLanguage = (lng: string | undefined): Language => (lng?.startsWith("en") ? "en-US" : "zh-CN");

// Each language's antd and dayjs locales are a chunk of their own, loaded when that language is shown.
const ANTD: Record<Language, () => Promise<{ default: Locale }>> = {
  "zh-CN": () => import("antd/es/locale/zh_CN"),
  "en-US": () => import("antd/es/locale/en_US"),
};
// dayjs carries English itself; the others register themselves with dayjs when imported.
const DAYJS: Record<Language, { name: string; load: () => Promise<unknown> }> = {
  "zh-CN": { name: "zh-cn", load: () => import("dayjs/locale/zh-cn") },
  "en-US": { name: "en", load: async () => undefined },
};

const antdLoaded: Partial<Record<Language, Locale>> = {};
const pending: Partial<Record<Language, Promise<void>>> = {};
const listeners = new Set<() => void>();

/** Loads a language's antd and dayjs locales; await it before showing that language. */
export function loadUiLocales(lng: string): Promise<void> {
  const language = toLanguage(lng);
  return (pending[language] ??= Promise.all([ANTD[language](), DAYJS[language].load()]).then(([antd]) => {
    antdLoaded[language] = antd.default;
    for (const listener of listeners) listener();
  }));
}

/** antd's locale for a language loaded by `loadUiLocales` (antd's built-in English before that). */
export const antdLocale = (lng: string | undefined): Locale | undefined => antdLoaded[toLanguage(lng)];

/** Calls back whenever another language's locales arrive (for useSyncExternalStore). */
export function onUiLocalesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Switches dayjs's global locale (month names, week start) to follow the UI language. */
export function applyDayjsLocale(lng: string): void {
  dayjs.locale(DAYJS[toLanguage(lng)].name);
}
