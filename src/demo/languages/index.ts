import type { Loader } from "../../i18n/bundles";
import type { Language } from "../../schema/types";

// The demo host's own strings (demo.json, refine.json), one chunk per language; never in the library.
const host: Record<Language, Loader> = {
  "zh-CN": () => import("./zh-CN"),
  "en-US": () => import("./en-US"),
};

export const loadHostBundle = (lng: Language) => host[lng]().then((m) => m.default);
