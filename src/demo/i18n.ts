import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { refineI18nProvider } from "refine-party-building";
import { DEFAULT_LANGUAGE, loadHostLanguage, toHostLanguage } from "./languages";

const STORAGE_KEY = "lang";

declare global {
  interface Window {
    /** Keys asked for but absent in the current language; browser tests fail on any. */
    __missingI18nKeys?: string[];
  }
}

function storedLanguage() {
  try {
    return toHostLanguage(localStorage.getItem(STORAGE_KEY) ?? DEFAULT_LANGUAGE);
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** The host's strings and its antd locale of one language, loaded only when it is shown. */
async function prepare(lng: string) {
  const language = toHostLanguage(lng);
  const pack = await loadHostLanguage(language);
  i18next.addResourceBundle(language, "translation", pack.strings, true, false);
}

const language = storedLanguage();
window.__missingI18nKeys = [];

await i18next.use(initReactI18next).init({
  lng: language,
  fallbackLng: false,
  supportedLngs: ["zh-CN", "en-US"],
  resources: {},
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
/** Resolves once the shown language's strings and locales are in (main.tsx renders after it). */
export const i18nReady = prepare(language);
i18next.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem(STORAGE_KEY, lng);
});
document.documentElement.lang = i18next.language;

export { i18next };

/** Refine's i18nProvider backed by the same i18next instance; a switch first loads the new language. */
export const i18nProvider = refineI18nProvider(i18next, prepare);
