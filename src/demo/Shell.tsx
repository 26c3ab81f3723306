import { ThemedLayout, ThemedSider, ThemedTitle } from "@refinedev/antd";
import { useTranslate } from "@refinedev/core";
import { Grid } from "antd";
import { Suspense } from "react";
import { Outlet } from "react-router";
import { Frame } from "./Frame";
import { Header } from "./Header";
import { MAIN_CONTENT_ID, SkipLink } from "./SkipLink";

/**
 * The signed-in frame: layout, menu, header. Its own chunk (see App.tsx): the login page needs none
 * of it, and a signed-in visit starts loading it before Refine has checked the session.
 */
export default function Shell() {
  const t = useTranslate();
  // Below lg the menu is a drawer whose button floats over the page's top-left corner (Refine's
  // ThemedSider); the page starts below it so the breadcrumb stays readable.
  const phone = Grid.useBreakpoint().lg === false;
  return (
    <Frame>
      <SkipLink />
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
        <div id={MAIN_CONTENT_ID} tabIndex={-1} style={phone ? { paddingTop: 28 } : undefined}>
          <Suspense>
            <Outlet />
          </Suspense>
        </div>
      </ThemedLayout>
    </Frame>
  );
}
