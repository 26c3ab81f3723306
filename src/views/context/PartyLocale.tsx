import { useGetLocale } from "@refinedev/core";
import { ConfigProvider } from "antd";
import { useSyncExternalStore, type ReactNode } from "react";
import { antdLocale, onUiLocalesLoaded } from "../../i18n/uiLocales";
import { FocusRings } from "./FocusRings";

/**
 * antd in the plugin's current language on every plugin page, whatever locale the host's
 * ConfigProvider has (none, or another language's): a nested ConfigProvider that sets the locale
 * only, so the host's theme, prefix and component settings still apply. The locale is loaded with
 * the language's strings (`loadPartyLanguage`); until then antd's own English shows. It also
 * carries the focus rings antd leaves out (FocusRings).
 */
export function PartyLocale({ children }: { children: ReactNode }) {
  const lng = useGetLocale()();
  const locale = useSyncExternalStore(onUiLocalesLoaded, () => antdLocale(lng));
  return (
    <ConfigProvider locale={locale}>
      <FocusRings />
      {children}
    </ConfigProvider>
  );
}
