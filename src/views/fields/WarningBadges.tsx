import { ExclamationCircleOutlined, WarningOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import { Alert, Space, Tag } from "antd";
import type { DomainWarning } from "../../domain/warnings";
import { ERROR_TAG, WARNING_TAG } from "./enumColor";

/** Compact tags for a list row. */
export function WarningBadges({ warnings }: { warnings: DomainWarning[] }) {
  const t = useTranslate();
  if (!warnings.length) return null;
  return (
    <Space size={[0, 4]} wrap>
      {warnings.map((w) => (
        <Tag key={w.code} style={w.level === "error" ? ERROR_TAG : WARNING_TAG} icon={w.level === "error" ? <ExclamationCircleOutlined /> : <WarningOutlined />}>
          {t(w.key, w.params ?? {})}
        </Tag>
      ))}
    </Space>
  );
}

/** Full-width alerts for a detail page. */
export function WarningAlerts({ warnings }: { warnings: DomainWarning[] }) {
  const t = useTranslate();
  return (
    <Space direction="vertical" style={{ width: "100%", marginBottom: warnings.length ? 16 : 0 }}>
      {warnings.map((w) => (
        <Alert key={w.code} type={w.level === "error" ? "error" : "warning"} showIcon message={t(w.key, w.params ?? {})} />
      ))}
    </Space>
  );
}
