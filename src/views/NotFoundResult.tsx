import { useTranslate } from "@refinedev/core";
import { Result } from "antd";
import { LinkButton } from "./LinkButton";
import { PageTitle } from "./PageTitle";

/** What a detail or edit page shows when its record does not exist (any more). */
export function NotFoundResult({ listPath }: { listPath: string }) {
  const t = useTranslate();
  return (
    <Result
      status="404"
      title={<PageTitle>404</PageTitle>}
      subTitle={t("party.errors.not-found")}
      extra={
        <LinkButton to={listPath} type="primary">
          {t("party.common.backToList")}
        </LinkButton>
      }
    />
  );
}
