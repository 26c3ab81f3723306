import { Suspense, type ReactNode } from "react";
import { Route } from "react-router";
import type { ResourceDef } from "../schema/types";
import { PartyContext, type PartyConfig } from "../views/context/PartyContext";
import { PageLoading } from "../views/PageLoading";
import { SETTINGS_PATH } from "./buildResources";
import { pages } from "./pages";

function scoped(config: PartyConfig, page: ReactNode) {
  return (
    <PartyContext.Provider value={config}>
      <Suspense fallback={<PageLoading />}>{page}</Suspense>
    </PartyContext.Provider>
  );
}

/** `<Route>` elements for a host's `<Routes>`: four per resource plus settings, all lazy. */
export function buildRoutes(defs: readonly ResourceDef[], config: PartyConfig) {
  const { list: List, form: Form, show: Show, settings: Settings } = pages;
  const prefix = config.routePrefix;
  return [
    ...defs.flatMap((def) => {
      const base = `${prefix}/${def.name}`;
      const read = [
        <Route key={`${def.name}-list`} path={base} element={scoped(config, <List />)} />,
        <Route key={`${def.name}-show`} path={`${base}/show/:id`} element={scoped(config, <Show />)} />,
      ];
      if (def.readOnly) return read;
      return [
        ...read,
        <Route key={`${def.name}-create`} path={`${base}/create`} element={scoped(config, <Form />)} />,
        <Route key={`${def.name}-edit`} path={`${base}/edit/:id`} element={scoped(config, <Form />)} />,
      ];
    }),
    <Route key="settings" path={`${prefix}/${SETTINGS_PATH}`} element={scoped(config, <Settings />)} />,
  ];
}
