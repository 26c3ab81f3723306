import { useTranslate } from "@refinedev/core";
import { Alert, Button, Card, Typography } from "antd";
import { SYSTEM_PATHS, useSystemCall, type ChainVerdict } from "../../screens/system-data/useSystemData";

/** Above 操作日志: checks the trail's hash chain (`GET /audit-logs/_verify`) and says where it breaks, if it does. */
export default function AuditChainCheck() {
  const t = useTranslate();
  const verifying = useSystemCall<ChainVerdict>();
  const verdict = verifying.result;
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={<h2 style={{ margin: 0, fontSize: 16 }}>{t("party.auditChain.title")}</h2>}>
      <Typography.Paragraph>{t("party.auditChain.hint")}</Typography.Paragraph>
      <Button onClick={() => void verifying.run(SYSTEM_PATHS.verify, "get")} loading={verifying.busy}>
        {t("party.auditChain.button")}
      </Button>
      {verdict && (
        <Alert
          role="status"
          style={{ marginTop: 16 }}
          type={verdict.ok ? "success" : "error"}
          showIcon
          message={
            verdict.ok
              ? t("party.auditChain.chainHolds", { count: verdict.entries })
              : t("party.auditChain.chainBroken", { position: (verdict.firstBroken?.index ?? 0) + 1, id: String(verdict.firstBroken?.id ?? "") })
          }
        />
      )}
      {verifying.failure && <Alert role="alert" style={{ marginTop: 16 }} type="error" showIcon message={t(verifying.failure)} />}
    </Card>
  );
}
