import { ErrorComponent, ThemedLayout, ThemedSider, ThemedTitle, useNotificationProvider } from "@refinedev/antd";
import "@refinedev/antd/dist/reset.css";
import { Refine } from "@refinedev/core";
import routerProvider, { DocumentTitleHandler, NavigateToResource, UnsavedChangesNotifier } from "@refinedev/react-router";
import dataProviderSimpleRest from "@refinedev/simple-rest";
import { App as AntdApp, ConfigProvider } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { antdLocales, toLanguage } from "../i18n/uiLocales";
import { HOST_API } from "./config";
import { Header } from "./Header";
import { i18nProvider } from "./i18n";
import { party } from "./party";
import { theme } from "./theme";

const StaffList = lazy(() => import("./host/StaffList"));
const StaffShow = lazy(() => import("./host/StaffShow"));

const hostResources = [{ name: "members", list: "/members", show: "/members/show/:id", meta: { icon: undefined } }];

/** A hospital's ordinary Refine admin with the plugin embedded beside its own `members`. */
export function App() {
  const { i18n, t } = useTranslation();
  return (
    <BrowserRouter>
      <ConfigProvider locale={antdLocales[toLanguage(i18n.language)]} theme={theme}>
        <AntdApp>
          <Refine
            routerProvider={routerProvider}
            dataProvider={{ default: dataProviderSimpleRest(HOST_API), ...party.dataProviders }}
            resources={[...hostResources, ...party.resources]}
            i18nProvider={i18nProvider}
            notificationProvider={useNotificationProvider}
            options={{ syncWithLocation: true, warnWhenUnsavedChanges: true, disableTelemetry: true }}
          >
            <Routes>
              <Route
                element={
                  <ThemedLayout
                    Header={Header}
                    Sider={(props) => <ThemedSider {...props} render={({ items }) => items} />}
                    Title={({ collapsed }) => <ThemedTitle collapsed={collapsed} text={t("demo.title")} />}
                  >
                    <Suspense>
                      <Outlet />
                    </Suspense>
                  </ThemedLayout>
                }
              >
                <Route index element={<NavigateToResource resource="party-branches" />} />
                <Route path="/members" element={<StaffList />} />
                <Route path="/members/show/:id" element={<StaffShow />} />
                {party.routes}
                <Route path="*" element={<ErrorComponent />} />
              </Route>
            </Routes>
            <UnsavedChangesNotifier />
            <DocumentTitleHandler />
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}
