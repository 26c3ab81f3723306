import { SETTINGS_PATH } from "./buildResources";
import { loadSchemas, pageChunks, type PageKind } from "./pages";

/** Which plugin page an address opens, if any (the same paths buildRoutes declares). */
export function pageKindOf(pathname: string, routePrefix: string, names: readonly string[]): PageKind | undefined {
  if (!pathname.startsWith(`${routePrefix}/`)) return undefined;
  const [name, action] = pathname.slice(routePrefix.length + 1).split("/");
  if (name === SETTINGS_PATH && action === undefined) return "settings";
  if (!names.includes(name)) return undefined;
  if (action === undefined || action === "") return "list";
  if (action === "show") return "show";
  if (action === "create" || action === "edit") return "form";
  return undefined;
}

/**
 * Starts fetching the chunks the page at `pathname` needs (its page, the schemas and, for a list,
 * the route's prefetch) without waiting for the host's frame to render the route: on a first visit
 * they arrive beside the frame's chunk instead of after it. Anything else: nothing.
 */
export function preloadPage(pathname: string, routePrefix: string, names: readonly string[]): void {
  const kind = pageKindOf(pathname, routePrefix, names);
  if (!kind) return;
  void pageChunks[kind]();
  void loadSchemas();
  if (kind === "list") void import("../views/list/ListPrefetch");
}
