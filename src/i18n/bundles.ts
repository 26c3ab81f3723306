import type { Language } from "../schema/types";

type Bundle = Record<string, unknown>;

// Files that belong to a host (the demo): the plugin never ships or registers them.
const HOST_FILES = new Set(["demo", "refine"]);

const files = import.meta.glob<Bundle>("../../locales/*/*.json", { eager: true, import: "default" });

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

/** Collects locale files per language; `host` selects the demo's files instead of the plugin's. */
export function collectBundles(which: "plugin" | "host"): Record<Language, Bundle> {
  const out: Record<string, Bundle> = {};
  for (const [path, bundle] of Object.entries(files)) {
    const [, lng, file] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
    if (HOST_FILES.has(file) !== (which === "host")) continue;
    out[lng] = deepMerge(out[lng] ?? {}, bundle);
  }
  return out as Record<Language, Bundle>;
}
