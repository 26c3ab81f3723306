// Renders the plugin the way a host embeds it: a real <Refine> with the react-router provider, the
// plugin's resources and lazy routes from createPartyBuilding, an i18next instance with the host's
// and the plugin's bundles, and antd's ConfigProvider. Only the data provider is a fake.
import "@ant-design/v5-patch-for-react-19";
import { Refine, type BaseRecord } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import { refineI18nProvider } from "../../src/i18n/refineI18nProvider";
import { render } from "@testing-library/react";
import { App as AntdApp, ConfigProvider, type ConfigProviderProps } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import i18next, { type i18n as I18n } from "i18next";
import { MemoryRouter, Routes } from "react-router";
import { loadHostBundle } from "../../src/demo/languages";
import { createPartyBuilding } from "../../src/index";
import type { ResourceOverride } from "../../src/schema/settingsTypes";
import type { Language } from "../../src/schema/types";
import { createFakeDataProvider } from "./fakeDataProvider";

// jsdom cannot compute pseudo-element styles (antd measures ::-webkit-scrollbar) and logs
// "Not implemented" for each table; the element's own style is an equivalent answer here.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = ((element: Element) => computedStyle(element)) as typeof window.getComputedStyle;

export async function createTestI18n(lng: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: false,
    resources: { [lng]: { translation: await loadHostBundle(lng) } },
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Refine's i18nProvider over an i18next instance, as the demo host wires it. */
export const toI18nProvider = refineI18nProvider;

export interface RenderPartyOptions {
  path: string;
  data: Record<string, BaseRecord[]>;
  language?: Language;
  /** Host overrides passed to createPartyBuilding. */
  overrides?: Record<string, ResourceOverride>;
  /** The host's ConfigProvider props; default: antd's locale of `language`. */
  hostConfig?: ConfigProviderProps;
}

export async function renderParty({ path, data, language = "zh-CN", overrides, hostConfig }: RenderPartyOptions) {
  const fake = createFakeDataProvider(data);
  const hostProvider = createFakeDataProvider({});
  const party = createPartyBuilding({ dataProvider: fake.provider, overrides });
  const i18n = await createTestI18n(language);
  await party.i18n.register(i18n);

  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <ConfigProvider {...(hostConfig ?? { locale: language === "zh-CN" ? zhCN : enUS })}>
        <AntdApp>
          <Refine
            routerProvider={routerProvider}
            dataProvider={{ default: hostProvider.provider, ...party.dataProviders }}
            resources={party.resources}
            i18nProvider={toI18nProvider(i18n)}
            options={{ disableTelemetry: true, syncWithLocation: true, reactQuery: { clientConfig: { defaultOptions: { queries: { retry: false } } } } }}
          >
            <Routes>{party.routes}</Routes>
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </MemoryRouter>,
  );
  return { ...view, fake, host: hostProvider, party, i18n, t: (key: string, opts: Record<string, unknown> = {}) => String(i18n.t(key, opts)) };
}
