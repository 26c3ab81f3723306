import type { I18nProvider } from "@refinedev/core";
import type { i18n as I18n } from "i18next";
import { loadPartyLanguage } from "./register";

/**
 * Refine's i18nProvider over an i18next instance (Refine passes either options or a default message
 * second). A switch waits for the plugin's strings in the new language (and for `prepare`, a host's
 * own loading), so no page shows raw keys in between.
 */
export function refineI18nProvider(i18n: I18n, prepare?: (lang: string) => Promise<unknown>): I18nProvider {
  return {
    translate: (key, options, defaultMessage) =>
      typeof options === "string"
        ? i18n.t(key, { defaultValue: options })
        : i18n.t(key, { defaultValue: defaultMessage, ...(options as object) }),
    changeLocale: async (lang) => {
      await Promise.all([loadPartyLanguage(i18n, lang), prepare?.(lang)]);
      return i18n.changeLanguage(lang);
    },
    getLocale: () => i18n.language,
  };
}
