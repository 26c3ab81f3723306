// The 404 page, in its own chunk (see App.tsx): Refine's ErrorComponent, but with the "404" as the
// page's h1 (antd's Result title is a plain <div>) and "back home" a link the router follows.
import { useGo, useTranslate } from "@refinedev/core";
import { Button, Result, Typography } from "antd";

export default function NotFound() {
  const t = useTranslate();
  const go = useGo();
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          404
        </Typography.Title>
      }
      subTitle={t("pages.error.404")}
      extra={
        <Button
          type="primary"
          href="/"
          onClick={(event) => {
            event.preventDefault();
            go({ to: "/" });
          }}
        >
          {t("pages.error.backHome")}
        </Button>
      }
    />
  );
}
