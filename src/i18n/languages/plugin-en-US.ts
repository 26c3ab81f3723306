import { mergeFiles, type Bundle } from "../bundles";

// The plugin's en-US strings: every locale file but the demo host's (demo.json, refine.json).
export default mergeFiles(
  import.meta.glob<Bundle>(["../../../locales/en-US/*.json", "!../../../locales/en-US/demo.json", "!../../../locales/en-US/refine.json"], {
    eager: true,
    import: "default",
  }),
);
