import type { Language } from "../schema/types";

export type Bundle = Record<string, unknown>;

function deepMerge(target: Bundle, source: Bundle): Bundle {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] =
      value && typeof value === "object" && !Array.isArray(value) && existing && typeof existing === "object"
        ? deepMerge({ ...(existing as Bundle) }, value as Bundle)
        : value;
  }
  return target;
}

/** One language's locale files (path → JSON) as one bundle. */
export const mergeFiles = (files: Record<string, Bundle>): Bundle => Object.values(files).reduce<Bundle>((all, file) => deepMerge(all, file), {});

export type Loader = () => Promise<{ default: Bundle }>;

// One chunk per language (src/i18n/languages/): a session loads only the language it shows. The demo
// host's own strings have their chunks in src/demo/languages/.
const plugin: Record<Language, Loader> = {
  "zh-CN": () => import("./languages/plugin-zh-CN"),
  "en-US": () => import("./languages/plugin-en-US"),
};

/** The plugin's strings in one language (every locale file but the host's). */
export const loadPluginBundle = (lng: Language) => plugin[lng]().then((m) => m.default);
