import { useResourceParams, useTranslate } from "@refinedev/core";
import { theme, Typography } from "antd";
import type { ReactNode } from "react";

/**
 * A page's one level-one heading, at the size Refine gives its page titles (antd's h4). Refine's
 * PageHeader turns a string title into an h4 followed by an empty h5 subtitle; a node is used as is.
 */
export function PageTitle({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading4, lineHeight: token.lineHeightHeading4 }}>
      {children}
    </Typography.Title>
  );
}

/** The title Refine would give this resource's page for `action` (`<resource>.titles.<action>`), as the page's h1. */
export function ResourcePageTitle({ action }: { action: "list" | "show" | "create" | "edit" }) {
  const t = useTranslate();
  const { identifier } = useResourceParams();
  return <PageTitle>{t(`${identifier}.titles.${action}`)}</PageTitle>;
}
