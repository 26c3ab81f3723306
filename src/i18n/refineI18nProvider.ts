import type { I18nProvider } from "@refinedev/core";
import type { i18n as I18n } from "i18next";

/** Refine's i18nProvider over an i18next instance (Refine passes either options or a default message second). */
export function refineI18nProvider(i18n: I18n): I18nProvider {
  return {
    translate: (key, options, defaultMessage) =>
      typeof options === "string"
        ? i18n.t(key, { defaultValue: options })
        : i18n.t(key, { defaultValue: defaultMessage, ...(options as object) }),
    changeLocale: (lang) => i18n.changeLanguage(lang),
    getLocale: () => i18n.language,
  };
}
