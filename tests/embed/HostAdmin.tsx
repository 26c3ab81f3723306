import { ThemedLayout, useNotificationProvider } from "@refinedev/antd";
import { Refine, type DataProvider, type I18nProvider } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import i18next from "i18next";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { createPartyBuilding } from "../../src";

declare const hostDataProvider: DataProvider; // your admin's own provider
declare const hostI18nProvider: I18nProvider; // backed by the same i18next instance

const party = createPartyBuilding({
  apiUrl: "https://intranet.example/api/party",
  auth: { getToken: () => sessionStorage.getItem("token") },
  overrides: { members: { hide: ["ethnicity"] } },
});
await party.i18n.register(i18next); // the current language's strings, before the first render

export function HostAdmin() {
  return (
    <BrowserRouter>
      <Refine
        routerProvider={routerProvider}
        dataProvider={{ default: hostDataProvider, ...party.dataProviders }}
        resources={[/* your resources */ ...party.resources]}
        i18nProvider={hostI18nProvider}
        accessControlProvider={party.accessControlProvider}
        auditLogProvider={party.auditLogProvider}
        notificationProvider={useNotificationProvider}
      >
        <Routes>
          <Route element={<ThemedLayout><Outlet /></ThemedLayout>}>
            {/* your routes */}
            {party.routes}
          </Route>
        </Routes>
      </Refine>
    </BrowserRouter>
  );
}
