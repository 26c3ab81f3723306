import { useGetIdentity, useGetLocale, useSetLocale, useTranslate } from "@refinedev/core";
import type { PartyUser } from "refine-party-building";
import { Grid, Layout, Segmented, Space, Typography } from "antd";

/** Refine's phone menu button is placed just below a header of this height (its default). */
const HEADER_HEIGHT = 64;

/** The host's header: who is signed in, and a 中文/English switch; on a phone, the name and the switch only. */
export function Header() {
  const locale = useGetLocale()();
  const setLocale = useSetLocale();
  const t = useTranslate();
  const { data: user } = useGetIdentity<PartyUser>();
  const wide = Grid.useBreakpoint().md !== false;
  const role = user ? t(`demo.roles.${user.role}`) : "";
  return (
    <Layout.Header style={{ display: "flex", alignItems: "center", justifyContent: "flex-end", padding: "0 16px", height: HEADER_HEIGHT, lineHeight: "normal", background: "#fff" }}>
      <Space wrap={false}>
        {user && (
          <Typography.Text ellipsis title={`${user.name}（${role}）`} style={{ maxWidth: wide ? undefined : 140 }}>
            {wide ? `${user.name}（${role}）` : user.name}
          </Typography.Text>
        )}
        {wide && <Typography.Text>{t("demo.languageLabel")}</Typography.Text>}
        <Segmented
          aria-label={t("demo.language")}
          value={locale?.startsWith("en") ? "en-US" : "zh-CN"}
          onChange={(lng) => setLocale(String(lng))}
          options={[
            { value: "zh-CN", label: "中文" },
            { value: "en-US", label: "English" },
          ]}
        />
      </Space>
    </Layout.Header>
  );
}
