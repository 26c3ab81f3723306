import type { Locale } from "antd/es/locale";

// The demo host's own languages, as a host writes them: its strings (demo.json) and antd's locale
// for its own pages (the plugin's pages set antd's locale themselves). One chunk per language.
export type HostLanguage = "zh-CN" | "en-US";
export const DEFAULT_LANGUAGE: HostLanguage = "zh-CN";
export const toHostLanguage = (lng: string | null | undefined): HostLanguage => (lng?.startsWith("en") ? "en-US" : "zh-CN");

export interface HostLanguagePack {
  strings: Record<string, unknown>;
  antd: Locale;
}

const packs: Record<HostLanguage, () => Promise<{ default: HostLanguagePack }>> = {
  "zh-CN": () => import("./zh-CN"),
  "en-US": () => import("./en-US"),
};
const loaded: Partial<Record<HostLanguage, HostLanguagePack>> = {};

export async function loadHostLanguage(lng: HostLanguage): Promise<HostLanguagePack> {
  return (loaded[lng] ??= (await packs[lng]()).default);
}

/** The host's strings in one language. */
export const loadHostBundle = (lng: HostLanguage) => loadHostLanguage(lng).then((pack) => pack.strings);

/** antd's locale for the host's own pages, once its language is loaded. */
export const hostAntdLocale = (lng: string | undefined): Locale | undefined => loaded[toHostLanguage(lng)]?.antd;
