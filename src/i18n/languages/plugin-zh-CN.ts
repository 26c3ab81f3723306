import { mergeFiles, type Bundle } from "../bundles";

// The plugin's zh-CN strings: every locale file but the demo host's (demo.json, refine.json).
export default mergeFiles(
  import.meta.glob<Bundle>(["../../../locales/zh-CN/*.json", "!../../../locales/zh-CN/demo.json", "!../../../locales/zh-CN/refine.json"], {
    eager: true,
    import: "default",
  }),
);
