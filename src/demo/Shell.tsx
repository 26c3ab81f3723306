import { ThemedLayout, ThemedSider, ThemedTitle } from "@refinedev/antd";
import { useTranslate } from "@refinedev/core";
import { Suspense } from "react";
import { Outlet } from "react-router";
import { Frame } from "./Frame";
import { Header } from "./Header";

/**
 * The signed-in frame: layout, menu, header. Its own chunk (see App.tsx): the login page needs none
 * of it, and a signed-in visit starts loading it before Refine has checked the session.
 */
export default function Shell() {
  const t = useTranslate();
  return (
    <Frame>
      <ThemedLayout
      Header={Header}
      Sider={(props) => (
        <ThemedSider
          {...props}
          render={({ items, logout }) => (
            <>
              {items}
              {logout}
            </>
          )}
        />
      )}
      Title={({ collapsed }) => <ThemedTitle collapsed={collapsed} text={t("demo.title")} />}
    >
      <Suspense>
        <Outlet />
      </Suspense>
      </ThemedLayout>
    </Frame>
  );
}
