import { mergeFiles, type Bundle } from "../bundles";

// The plugin's en-US strings: every locale file but the demo host's (demo.json). refine.json holds
// Refine's own UI strings (buttons, table, notifications …), so a host whose i18n lacks them still
// sees none of their keys; registered with overwrite off, a host's own translation of each wins.
export default mergeFiles(
  import.meta.glob<Bundle>(["../../../locales/en-US/*.json", "!../../../locales/en-US/demo.json"], {
    eager: true,
    import: "default",
  }),
);
