import { useList, useTranslate } from "@refinedev/core";
import { Badge } from "antd";
import type { ReactNode } from "react";
import { resourceIdentifier } from "../schema/i18nKeys";

/**
 * The work bench's menu icon with the number of items due as a badge: one request for a page of
 * one item, whose total the backend computes and narrows to the signed-in person.
 */
export default function DueCountBadge({ icon, dataProviderName }: { icon: ReactNode; dataProviderName: string }) {
  const t = useTranslate();
  const { result } = useList({
    resource: resourceIdentifier("workbench"),
    dataProviderName,
    pagination: { currentPage: 1, pageSize: 1 },
    queryOptions: { staleTime: 60_000, retry: false },
  });
  const count = result.total ?? 0;
  return (
    <Badge count={count} size="small" overflowCount={999} offset={[6, -4]} title={t("party.workbench.badge", { count })} data-testid="workbench-badge">
      {icon}
    </Badge>
  );
}
