// The demo host's own en-US: its strings and antd's locale for its own pages, one chunk.
import antd from "antd/es/locale/en_US";
import strings from "../../../locales/en-US/demo.json";
import type { HostLanguagePack } from "./index";

export default { strings, antd } satisfies HostLanguagePack;
