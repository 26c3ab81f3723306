import { Typography } from "antd";
import type { ReactNode } from "react";

/** The host page's level-one heading at the size of Refine's page titles (Refine's string title is an h4 and an empty h5). */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>
      {children}
    </Typography.Title>
  );
}
