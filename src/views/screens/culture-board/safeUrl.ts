import { isSafeLink } from "../../../domain/education";

/** react-markdown's urlTransform: http(s) links and images pass, anything else (javascript:, data:) becomes empty. */
export const safeUrl = (url: string) => (isSafeLink(url) ? url : "");
