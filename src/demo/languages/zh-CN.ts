// The demo host's own zh-CN: its strings and antd's locale for its own pages, one chunk.
import antd from "antd/es/locale/zh_CN";
import strings from "../../../locales/zh-CN/demo.json";
import type { HostLanguagePack } from "./index";

export default { strings, antd } satisfies HostLanguagePack;
