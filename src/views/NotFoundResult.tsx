import { useTranslate } from "@refinedev/core";
import { Button, Result } from "antd";
import { Link } from "react-router";

/** What a detail or edit page shows when its record does not exist (any more). */
export function NotFoundResult({ listPath }: { listPath: string }) {
  const t = useTranslate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t("party.errors.not-found")}
      extra={
        <Link to={listPath}>
          <Button type="primary">{t("party.common.backToList")}</Button>
        </Link>
      }
    />
  );
}
