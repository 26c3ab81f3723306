import type { i18n as I18n } from "i18next";
import { pluginBundles } from "./bundles";

/**
 * Adds the plugin's strings to the host's i18next default namespace. Keys live under `party` and
 * `party-<resource>`; `overwrite: false` means a host key always wins.
 */
export function registerPartyBundles(i18n: I18n): void {
  const ns = [i18n.options.defaultNS ?? "translation"].flat()[0] || "translation";
  for (const [lng, bundle] of Object.entries(pluginBundles())) {
    i18n.addResourceBundle(lng, ns, bundle, true, false);
  }
}
