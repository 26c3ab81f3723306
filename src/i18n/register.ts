import type { i18n as I18n } from "i18next";
import type { Language } from "../schema/types";
import { loadPluginBundle } from "./bundles";
import { applyDayjsLocale, loadUiLocales } from "./uiLocales";

const supported = (lng: unknown): lng is Language => lng === "zh-CN" || lng === "en-US";
const defaultNs = (i18n: I18n) => [i18n.options.defaultNS ?? "translation"].flat()[0] || "translation";
// Per i18next instance given to registerPartyBundles: the languages whose strings are added or on their way.
const added = new WeakMap<I18n, Map<Language, Promise<void>>>();

/**
 * Adds the plugin's strings in one language to an instance `registerPartyBundles` was given (a no-op
 * for other instances and languages), with antd's and dayjs's locales of that language. Awaited before
 * `changeLanguage`, the new language never shows raw keys nor English antd; `refineI18nProvider` does so.
 */
export function loadPartyLanguage(i18n: I18n, lng: string): Promise<void> {
  const languages = added.get(i18n);
  if (!languages || !supported(lng)) return Promise.resolve();
  let pending = languages.get(lng);
  if (!pending) {
    pending = Promise.all([loadPluginBundle(lng), loadUiLocales(lng)]).then(([bundle]) => void i18n.addResourceBundle(lng, defaultNs(i18n), bundle, true, false));
    languages.set(lng, pending);
  }
  return pending;
}

/**
 * Adds the plugin's strings to the host's i18next default namespace, one language at a time: the
 * current one (and a fallback) now — await the promise before the first render —, another when the
 * host switches to it. Keys live under `party` and `party-<resource>`, plus Refine's standard UI
 * strings (buttons, table, notifications …); `overwrite: false` means a host key always wins.
 * dayjs's global locale follows the language (the plugin's pages set antd's themselves).
 */
export function registerPartyBundles(i18n: I18n): Promise<void> {
  if (!added.has(i18n)) {
    added.set(i18n, new Map());
    // A host that switches without awaiting loadPartyLanguage: add the strings, then announce the
    // language again so react-i18next renders with them.
    i18n.on("languageChanged", (lng) => {
      if (!supported(lng)) return;
      const known = added.get(i18n)!.has(lng);
      void loadPartyLanguage(i18n, lng).then(() => {
        if (i18n.language !== lng) return;
        applyDayjsLocale(lng);
        if (!known) void i18n.changeLanguage(lng);
      });
    });
  }
  const current = i18n.language ?? [i18n.options.lng].flat()[0];
  const fallback = [i18n.options.fallbackLng].flat();
  return Promise.all([current, ...fallback].filter(supported).map((lng) => loadPartyLanguage(i18n, lng))).then(() => {
    if (supported(current)) applyDayjsLocale(current);
  });
}
