import "@refinedev/antd/dist/reset.css";
import { Authenticated, Refine, type DataProvider } from "@refinedev/core";
import routerProvider, { CatchAllNavigate, DocumentTitleHandler, NavigateToResource, UnsavedChangesNotifier } from "@refinedev/react-router";
import { ConfigProvider } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Route, Routes } from "react-router";
import { AfterSignIn } from "./AfterSignIn";
import { HOST_API } from "./config";
import { i18nProvider } from "./i18n";
import { hostAntdLocale } from "./languages";
import { notificationProvider } from "./notifications";
import { party } from "./party";
import { theme } from "./theme";

import { authProvider, currentToken } from "./auth";

// What the first page shows loads beside the entry: the frame and the plugin page the address opens
// when a session is stored, else the login.
const loadShell = () => import("./Shell");
const loadLogin = () => import("./LoginPage");
if (currentToken()) {
  void loadShell();
  party.preload(window.location.pathname);
} else void loadLogin();
const Shell = lazy(loadShell);
const LoginPage = lazy(loadLogin);
const StaffList = lazy(() => import("./host/StaffList"));
const StaffShow = lazy(() => import("./host/StaffShow"));
// antd's Result carries ~20 kB of illustrations: only an unknown address pays for them.
const NotFound = lazy(() => import("./NotFound"));

/** The host's own provider (simple-rest and axios) loads with its first request, not with the app. */
function hostDataProvider(apiUrl: string): DataProvider {
  let loaded: Promise<DataProvider> | undefined;
  const provider = () => (loaded ??= import("@refinedev/simple-rest").then((m) => m.default(apiUrl)));
  const lazyMethod =
    <K extends "getList" | "getMany" | "getOne" | "create" | "update" | "deleteOne" | "custom">(name: K) =>
    async (params: never) =>
      ((await provider())[name] as (p: never) => unknown)(params);
  return {
    getApiUrl: () => apiUrl,
    getList: lazyMethod("getList"),
    getMany: lazyMethod("getMany"),
    getOne: lazyMethod("getOne"),
    create: lazyMethod("create"),
    update: lazyMethod("update"),
    deleteOne: lazyMethod("deleteOne"),
    custom: lazyMethod("custom"),
  } as DataProvider;
}
const hostProvider = hostDataProvider(HOST_API);

const hostResources = [{ name: "members", list: "/members", show: "/members/show/:id", meta: { icon: undefined } }];

/** A hospital's ordinary Refine admin with the plugin embedded beside its own `members`. */
export function App() {
  const { i18n } = useTranslation();
  // The plugin's resources, those the administrators defined included (the menu follows a save).
  const partyResources = party.useResources();
  return (
    <BrowserRouter>
      <ConfigProvider locale={hostAntdLocale(i18n.language)} theme={theme}>
          <Refine
            routerProvider={routerProvider}
            dataProvider={{ default: hostProvider, ...party.dataProviders }}
            resources={[...hostResources, ...partyResources]}
            i18nProvider={i18nProvider}
            authProvider={authProvider}
            accessControlProvider={party.accessControlProvider}
            auditLogProvider={party.auditLogProvider}
            notificationProvider={notificationProvider}
            options={{ syncWithLocation: true, warnWhenUnsavedChanges: true, disableTelemetry: true }}
          >
            <Routes>
              <Route
                path="/login"
                element={
                  <Authenticated key="login" fallback={<Suspense><LoginPage /></Suspense>}>
                    <AfterSignIn />
                  </Authenticated>
                }
              />
              {/* Outside the frame: the menu opens the group of the page it first shows, so redirect first. */}
              <Route
                index
                element={
                  <Authenticated key="home" fallback={<CatchAllNavigate to="/login" />}>
                    <NavigateToResource resource="party-workbench" />
                  </Authenticated>
                }
              />
              <Route
                element={
                  <Authenticated key="app" fallback={<CatchAllNavigate to="/login" />}>
                    <Suspense>
                      <Shell />
                    </Suspense>
                  </Authenticated>
                }
              >
                <Route path="/members" element={<StaffList />} />
                <Route path="/members/show/:id" element={<StaffShow />} />
                {party.routes}
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
            <UnsavedChangesNotifier />
            {/* Keyed by language: Refine recomputes the title only when the address changes. */}
            <DocumentTitleHandler key={i18n.language} />
          </Refine>
      </ConfigProvider>
    </BrowserRouter>
  );
}
