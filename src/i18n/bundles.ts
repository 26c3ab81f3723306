import type { Language } from "../schema/types";

type Bundle = Record<string, unknown>;

// Files that belong to a host (the demo): the plugin never ships or registers them. Two globs, so a
// build that only asks for one side does not carry the other's strings.
const hostFiles = import.meta.glob<Bundle>(["../../locales/*/demo.json", "../../locales/*/refine.json"], { eager: true, import: "default" });
const pluginFiles = import.meta.glob<Bundle>(["../../locales/*/*.json", "!../../locales/*/demo.json", "!../../locales/*/refine.json"], {
  eager: true,
  import: "default",
});

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

function byLanguage(files: Record<string, Bundle>): Record<Language, Bundle> {
  const out: Record<string, Bundle> = {};
  for (const [path, bundle] of Object.entries(files)) {
    const [, lng] = /locales\/([^/]+)\/[^/]+\.json$/.exec(path)!;
    out[lng] = deepMerge(out[lng] ?? {}, bundle);
  }
  return out as Record<Language, Bundle>;
}

/** The plugin's strings per language (every locale file but the host's). */
export const pluginBundles = () => byLanguage(pluginFiles);

/** The demo host's own strings per language (demo.json, refine.json). */
export const hostBundles = () => byLanguage(hostFiles);
