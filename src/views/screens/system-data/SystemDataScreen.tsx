import { List } from "@refinedev/antd";
import { useTranslate, type BaseRecord } from "@refinedev/core";
import { Alert, Button, Card, Popconfirm, Space, Typography, Upload } from "antd";
import { useState } from "react";
import { download } from "../../transfer/writeFile";
import { todayIso } from "../../form/today";
import { PageTitle } from "../../PageTitle";
import { SYSTEM_PATHS, useSystemCall } from "./useSystemData";

/**
 * 数据备份与恢复: the administrator downloads the whole store as JSON and restores such a file on an
 * empty instance; the backend audits both. The audit chain's check is on 操作日志 itself.
 */
export default function SystemDataScreen() {
  const t = useTranslate();
  const exporting = useSystemCall<BaseRecord>();
  const restoring = useSystemCall<{ restored: number; entries: number } & BaseRecord>();
  const [file, setFile] = useState<{ name: string; content: unknown; invalid?: boolean }>();

  const exportAll = async () => {
    const data = await exporting.run(SYSTEM_PATHS.export, "get");
    if (data !== undefined) download(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }), `party-building-${todayIso()}.json`);
  };
  const pick = async (picked: File) => {
    const text = await picked.text();
    try {
      setFile({ name: picked.name, content: JSON.parse(text) });
    } catch {
      setFile({ name: picked.name, content: undefined, invalid: true });
    }
    return false; // read here; nothing is uploaded until the person confirms
  };

  return (
    <List title={<PageTitle>{t("party.system.title")}</PageTitle>} canCreate={false}>
      <Space direction="vertical" size="large" style={{ width: "100%" }}>
        <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t("party.system.exportTitle")}</h2>}>
          <Typography.Paragraph>{t("party.system.exportHint")}</Typography.Paragraph>
          <Button type="primary" onClick={() => void exportAll()} loading={exporting.busy}>
            {t("party.system.exportButton")}
          </Button>
          {exporting.result !== undefined && <Alert role="status" style={{ marginTop: 16 }} type="success" showIcon message={t("party.system.exported")} />}
          {exporting.failure && <Alert role="alert" style={{ marginTop: 16 }} type="error" showIcon message={t(exporting.failure)} />}
        </Card>

        <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t("party.system.restoreTitle")}</h2>}>
          <Typography.Paragraph>{t("party.system.restoreHint")}</Typography.Paragraph>
          <Space wrap>
            <Upload accept=".json,application/json" maxCount={1} showUploadList={false} beforeUpload={pick}>
              <Button>{t("party.system.chooseFile")}</Button>
            </Upload>
            {file && <Typography.Text>{file.name}</Typography.Text>}
            <Popconfirm
              title={t("party.system.restoreConfirm")}
              okText={t("party.system.restoreButton")}
              cancelText={t("buttons.cancel")}
              disabled={!file || file.invalid}
              onConfirm={() => void restoring.run(SYSTEM_PATHS.restore, "post", file?.content)}
            >
              <Button danger disabled={!file || file.invalid} loading={restoring.busy}>
                {t("party.system.restoreButton")}
              </Button>
            </Popconfirm>
          </Space>
          {file?.invalid && <Alert role="alert" style={{ marginTop: 16 }} type="error" showIcon message={t("party.errors.restoreInvalid")} />}
          {restoring.result && (
            <Alert role="status" style={{ marginTop: 16 }} type="success" showIcon message={t("party.system.restored", { count: restoring.result.restored, entries: restoring.result.entries })} />
          )}
          {restoring.failure && <Alert role="alert" style={{ marginTop: 16 }} type="error" showIcon message={t(restoring.failure)} />}
        </Card>

      </Space>
    </List>
  );
}
