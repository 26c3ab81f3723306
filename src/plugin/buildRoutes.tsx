import { lazy, Suspense, useEffect, type ComponentType } from "react";
import { Route } from "react-router";
import { SCREEN_MANIFEST, type ResourceEntry, type ScreenEntry } from "../resources/manifest";
import type { PartyScope } from "../views/context/PartyContext";
import { useResourceSettings } from "../views/hooks/useResourceSettings";
import { SETTINGS_PATH } from "./buildResources";
import { pages } from "./pages";
import { screenPages } from "./screens";

// The skeleton shown while a page's chunk loads comes in a small chunk of its own (antd's Skeleton
// and its styles), fetched beside the page's: a host that never opens a page loads neither.
const PageLoading = lazy(() => import("../views/PageLoading").then((m) => ({ default: m.PageLoading })));
const loading = (
  <Suspense fallback={null}>
    <PageLoading />
  </Suspense>
);

// A list's own requests start from its route, beside the page's chunk (see ListPrefetch); the
// prefetch comes in a small chunk with the schemas it reads the default sort from.
const ListPrefetch = lazy(() => import("../views/list/ListPrefetch"));

/**
 * Asks for the runtime settings every page needs while the page's chunk is still on its way, and
 * hands the built-in resources' permissions in them to the access checks.
 */
function SettingsPrefetch({ scope }: { scope: PartyScope }) {
  const { settings } = useResourceSettings(scope.dataProviderName);
  useEffect(() => {
    if (settings) scope.definitions?.adoptSettings(settings);
  }, [settings, scope.definitions]);
  return null;
}

function scoped(scope: PartyScope, Page: ComponentType<{ scope: PartyScope }>, prefetchList = false) {
  return (
    <>
      <SettingsPrefetch scope={scope} />
      {prefetchList && (
        <Suspense fallback={null}>
          <ListPrefetch scope={scope} />
        </Suspense>
      )}
      <Suspense fallback={loading}>
        <Page scope={scope} />
      </Suspense>
    </>
  );
}

/** `<Route>` elements for a host's `<Routes>`: four per resource, one or two per screen, plus settings, all lazy. */
export function buildRoutes(entries: readonly ResourceEntry[], scope: PartyScope, screens: readonly ScreenEntry[] = SCREEN_MANIFEST) {
  const prefix = scope.routePrefix;
  return [
    ...entries.flatMap((entry) => {
      const base = `${prefix}/${entry.name}`;
      const read = [
        <Route key={`${entry.name}-list`} path={base} element={entry.screen ? scoped(scope, screenPages[entry.screen].list!) : scoped(scope, pages.list, true)} />,
        <Route key={`${entry.name}-show`} path={`${base}/show/:id`} element={scoped(scope, pages.show)} />,
      ];
      if (entry.readOnly) return read;
      return [
        ...read,
        <Route key={`${entry.name}-create`} path={`${base}/create`} element={scoped(scope, pages.form)} />,
        <Route key={`${entry.name}-edit`} path={`${base}/edit/:id`} element={scoped(scope, pages.form)} />,
      ];
    }),
    ...screens.flatMap((screen) => {
      const page = screenPages[screen.name];
      const base = `${prefix}/${screen.name}`;
      return [
        ...(page.list && !screen.record ? [<Route key={`${screen.name}-list`} path={base} element={scoped(scope, page.list)} />] : []),
        ...(page.show && (screen.show || screen.record) ? [<Route key={`${screen.name}-show`} path={`${base}/:id`} element={scoped(scope, page.show)} />] : []),
      ];
    }),
    <Route key="settings" path={`${prefix}/${SETTINGS_PATH}`} element={scoped(scope, pages.settings)} />,
    // Resources administrators define at runtime: the same generic pages, the resource named by the
    // address (the static routes above rank first, so a built-in address never lands here).
    <Route key="defined-list" path={`${prefix}/:defined`} element={scoped(scope, pages.list)} />,
    <Route key="defined-show" path={`${prefix}/:defined/show/:id`} element={scoped(scope, pages.show)} />,
    <Route key="defined-create" path={`${prefix}/:defined/create`} element={scoped(scope, pages.form)} />,
    <Route key="defined-edit" path={`${prefix}/:defined/edit/:id`} element={scoped(scope, pages.form)} />,
  ];
}
