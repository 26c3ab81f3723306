import { mergeFiles, type Bundle } from "../../i18n/bundles";

// The demo host's own zh-CN strings.
export default mergeFiles(import.meta.glob<Bundle>(["../../../locales/zh-CN/demo.json", "../../../locales/zh-CN/refine.json"], { eager: true, import: "default" }));
