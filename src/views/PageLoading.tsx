import { Skeleton } from "antd";

/** What a plugin page shows while its code or its schema settings load. */
export function PageLoading() {
  return <Skeleton active paragraph={{ rows: 6 }} style={{ padding: 24 }} />;
}
