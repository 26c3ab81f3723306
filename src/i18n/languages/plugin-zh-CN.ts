import { mergeFiles, type Bundle } from "../bundles";

// The plugin's zh-CN strings: every locale file but the demo host's (demo.json). refine.json holds
// Refine's own UI strings (buttons, table, notifications …), so a host whose i18n lacks them still
// sees none of their keys; registered with overwrite off, a host's own translation of each wins.
export default mergeFiles(
  import.meta.glob<Bundle>(["../../../locales/zh-CN/*.json", "!../../../locales/zh-CN/demo.json"], {
    eager: true,
    import: "default",
  }),
);
