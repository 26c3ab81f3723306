import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { I18nProvider } from "@refinedev/core";
import { collectBundles } from "../i18n/bundles";
import { applyDayjsLocale, DEFAULT_LANGUAGE, toLanguage } from "../i18n/uiLocales";

const STORAGE_KEY = "lang";

declare global {
  interface Window {
    /** Keys asked for but absent in the current language; browser tests fail on any. */
    __missingI18nKeys?: string[];
  }
}

function storedLanguage() {
  try {
    return toLanguage(localStorage.getItem(STORAGE_KEY) ?? DEFAULT_LANGUAGE);
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

const hostBundles = collectBundles("host");
window.__missingI18nKeys = [];

await i18next.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: false,
  supportedLngs: ["zh-CN", "en-US"],
  resources: Object.fromEntries(Object.entries(hostBundles).map(([lng, bundle]) => [lng, { translation: bundle }])),
  interpolation: { escapeValue: false },
  saveMissing: true,
  missingKeyHandler: (lngs, _ns, key) => {
    // Refine's DocumentTitleHandler asks for `${resource.name}.${resource.name}` even on routes
    // without a resource (login, 404); that is not a missing string of ours.
    if (key === "undefined.undefined") return;
    const entry = `${[lngs].flat().join(",")}:${key}`;
    if (!window.__missingI18nKeys!.includes(entry)) window.__missingI18nKeys!.push(entry);
    if (import.meta.env.DEV) console.warn(`Missing translation ${entry}`);
  },
});
applyDayjsLocale(i18next.language);
i18next.on("languageChanged", (lng) => {
  applyDayjsLocale(lng);
  document.documentElement.lang = lng;
  localStorage.setItem(STORAGE_KEY, lng);
});
document.documentElement.lang = i18next.language;

export { i18next };

/** Refine's i18nProvider backed by i18next (Refine passes either options or a default message second). */
export const i18nProvider: I18nProvider = {
  translate: (key, options, defaultMessage) =>
    typeof options === "string"
      ? i18next.t(key, { defaultValue: options })
      : i18next.t(key, { defaultValue: defaultMessage, ...(options as object) }),
  changeLocale: (lang) => i18next.changeLanguage(lang),
  getLocale: () => i18next.language,
};
