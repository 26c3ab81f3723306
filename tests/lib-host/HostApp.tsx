// A separate minimal host that consumes the BUILT library (dist/lib), as a hospital's admin would.
import { Refine } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import { ConfigProvider } from "antd";
import i18next from "i18next";
import { MemoryRouter, Routes } from "react-router";
import { createPartyBuilding, refineI18nProvider } from "refine-party-building";
import type { DataProvider } from "@refinedev/core";

export async function createHost(dataProvider: DataProvider) {
  const party = createPartyBuilding({ dataProvider, routePrefix: "/pb", dataProviderName: "pb" });
  const i18n = i18next.createInstance();
  await i18n.init({ lng: "en-US", resources: { "en-US": { translation: { host: { title: "Host" } } } } });
  await party.i18n.register(i18n);
  const i18nProvider = refineI18nProvider(i18n);
  function HostApp({ path }: { path: string }) {
    return (
      <MemoryRouter initialEntries={[path]}>
        <ConfigProvider>
          <Refine
            routerProvider={routerProvider}
            dataProvider={{ default: dataProvider, ...party.dataProviders }}
            resources={party.resources}
            i18nProvider={i18nProvider}
            options={{ disableTelemetry: true }}
          >
            <Routes>{party.routes}</Routes>
          </Refine>
        </ConfigProvider>
      </MemoryRouter>
    );
  }
  return { party, i18n, HostApp };
}
