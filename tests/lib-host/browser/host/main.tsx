// A hospital's minimal Refine admin written from Refine's docs, with the packed library installed:
// its own i18next holding only its own few strings (none of Refine's), its own `members`, and a
// ConfigProvider with a theme but no locale. The browser test opens the plugin's pages in it.
import "@ant-design/v5-patch-for-react-19";
import { ThemedLayout, useNotificationProvider } from "@refinedev/antd";
import { Refine, type DataProvider, type I18nProvider } from "@refinedev/core";
import routerProvider from "@refinedev/react-router";
import { App as AntdApp, ConfigProvider } from "antd";
import i18next from "i18next";
import { createRoot } from "react-dom/client";
import { initReactI18next, useTranslation } from "react-i18next";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { createPartyBuilding } from "refine-party-building";

declare global {
  interface Window {
    /** Every key some page asked i18next for and it lacked. */
    __missingKeys: string[];
  }
}

// The test passes the mock API's address and the language on the first load; they are kept for the session.
const query = new URLSearchParams(location.search);
for (const name of ["api", "lng"]) if (query.get(name)) sessionStorage.setItem(name, query.get(name)!);
const apiUrl = sessionStorage.getItem("api")!;
const lng = sessionStorage.getItem("lng") ?? "zh-CN";

window.__missingKeys = [];
await i18next.use(initReactI18next).init({
  lng,
  fallbackLng: false,
  resources: {
    "zh-CN": { translation: { host: { title: "医院管理后台" }, members: { members: "职工" } } },
    "en-US": { translation: { host: { title: "Hospital admin" }, members: { members: "Staff" } } },
  },
  interpolation: { escapeValue: false },
  saveMissing: true,
  missingKeyHandler: (_lngs, _ns, key) => void window.__missingKeys.push(key),
});

const party = createPartyBuilding({ apiUrl });
await party.i18n.register(i18next);

const hostDataProvider = { getApiUrl: () => "", getList: async () => ({ data: [], total: 0 }) } as unknown as DataProvider;

function HostAdmin() {
  // Refine's documented i18nProvider over react-i18next.
  const { t, i18n } = useTranslation();
  const i18nProvider: I18nProvider = {
    translate: (key, options) => String(t(key, options as never)),
    changeLocale: (lang) => i18n.changeLanguage(lang),
    getLocale: () => i18n.language,
  };
  return (
    <BrowserRouter>
      <ConfigProvider theme={{ token: { colorPrimary: "#0050b3" } }}>
        <AntdApp>
          <Refine
            routerProvider={routerProvider}
            dataProvider={{ default: hostDataProvider, ...party.dataProviders }}
            resources={[{ name: "members", list: "/members" }, ...party.resources]}
            i18nProvider={i18nProvider}
            accessControlProvider={party.accessControlProvider}
            notificationProvider={useNotificationProvider}
            options={{ disableTelemetry: true }}
          >
            <Routes>
              <Route element={<ThemedLayout><Outlet /></ThemedLayout>}>
                <Route path="/members" element={<p>{t("host.title")}</p>} />
                {party.routes}
              </Route>
            </Routes>
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}

createRoot(document.getElementById("root")!).render(<HostAdmin />);
