import { useGetIdentity, useGetLocale, useSetLocale, useTranslate } from "@refinedev/core";
import type { PartyUser } from "../domain/access";
import { Layout, Segmented, Space, Typography } from "antd";

/** The host's header: who is signed in, and a 中文/English switch. */
export function Header() {
  const locale = useGetLocale()();
  const setLocale = useSetLocale();
  const t = useTranslate();
  const { data: user } = useGetIdentity<PartyUser>();
  return (
    <Layout.Header style={{ display: "flex", alignItems: "center", justifyContent: "flex-end", padding: "0 16px", height: 56, background: "#fff" }}>
      <Space wrap>
        {user && (
          <Typography.Text>
            {user.name}（{t(`demo.roles.${user.role}`)}）
          </Typography.Text>
        )}
        <Typography.Text>{t("demo.languageLabel")}</Typography.Text>
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
