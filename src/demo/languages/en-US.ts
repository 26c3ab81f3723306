import { mergeFiles, type Bundle } from "../../i18n/bundles";

// The demo host's own en-US strings.
export default mergeFiles(import.meta.glob<Bundle>(["../../../locales/en-US/demo.json", "../../../locales/en-US/refine.json"], { eager: true, import: "default" }));
