import { lazy, Suspense, type ComponentType } from "react";
import { Route } from "react-router";
import type { ResourceEntry, ScreenEntry } from "../resources/manifest";
import type { PartyScope } from "../views/context/PartyContext";
import { useResourceSettings } from "../views/hooks/useResourceSettings";
import { SETTINGS_PATH } from "./buildResources";
import { pages, screenPage } from "./pages";

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

/** Asks for the runtime settings every page needs while the page's chunk is still on its way. */
function SettingsPrefetch({ dataProviderName }: { dataProviderName: string }) {
  useResourceSettings(dataProviderName);
  return null;
}

function scoped(scope: PartyScope, Page: ComponentType<{ scope: PartyScope }>, prefetchList = false) {
  return (
    <>
      <SettingsPrefetch dataProviderName={scope.dataProviderName} />
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

/** `<Route>` elements for a host's `<Routes>`: four per resource, one per screen, plus settings, all lazy. */
export function buildRoutes(entries: readonly ResourceEntry[], scope: PartyScope, screens: readonly ScreenEntry[] = []) {
  const prefix = scope.routePrefix;
  return [
    ...entries.flatMap((entry) => {
      const base = `${prefix}/${entry.name}`;
      const read = [
        <Route key={`${entry.name}-list`} path={base} element={entry.screen ? scoped(scope, screenPage(entry.screen)) : scoped(scope, pages.list, true)} />,
        <Route key={`${entry.name}-show`} path={`${base}/show/:id`} element={scoped(scope, pages.show)} />,
      ];
      if (entry.readOnly) return read;
      return [
        ...read,
        <Route key={`${entry.name}-create`} path={`${base}/create`} element={scoped(scope, pages.form)} />,
        <Route key={`${entry.name}-edit`} path={`${base}/edit/:id`} element={scoped(scope, pages.form)} />,
      ];
    }),
    ...screens.map((screen) => <Route key={`screen-${screen.name}`} path={`${prefix}/${screen.name}`} element={scoped(scope, screenPage(screen.name))} />),
    <Route key="settings" path={`${prefix}/${SETTINGS_PATH}`} element={scoped(scope, pages.settings)} />,
  ];
}
