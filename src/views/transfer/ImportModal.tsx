import { InboxOutlined } from "@ant-design/icons";
import { Alert, Button, Modal, Progress, Result, Space, Table, Typography, Upload } from "antd";
import { ERROR_TAG, SUCCESS_TAG } from "../fields/enumColor";
import { ValueTag } from "../fields/ValueTag";
import { useMemo, useState } from "react";
import { keys } from "../../schema/i18nKeys";
import type { EffectiveResource } from "../../schema/types";
import { useFieldText } from "../hooks/useFieldText";
import type { ImportRow } from "./mapImport";
import { useImportFile } from "./useImportFile";
import { useImportRunner } from "./useImportRunner";

const percent = (done: number, total: number) => (total ? Math.round((done / total) * 100) : 0);

interface Props {
  resource: EffectiveResource;
  onClose: () => void;
}

/** Import a spreadsheet: preview with per-row verdicts, then create the good rows with progress. */
export default function ImportModal({ resource, onClose }: Props) {
  const text = useFieldText(resource);
  const { run, progress, outcome } = useImportRunner(resource.name);
  const [running, setRunning] = useState(false);

  const matchers = useMemo(() => {
    const names = Object.keys(resource.fields);
    const header = (h: string) => names.find((n) => n === h || text.label(n) === h || Object.values(resource.fields[n].label ?? {}).includes(h));
    const option = (field: string, value: string) =>
      resource.fields[field].values?.find((v) => v === value || text.option(field, v) === value);
    return { header, option };
  }, [resource, text]);

  const { rows, fileError, checking, load } = useImportFile(resource, matchers.header, matchers.option);
  const describe = (errors: ImportRow["errors"]) =>
    errors.map((e) => `${e.field ? `${text.label(e.field)}: ` : ""}${text.error(e)}`).join("; ");
  const good = rows?.filter((r) => r.errors.length === 0).length ?? 0;
  const title = text.t("party.import.title", { resource: text.t(keys.resourceLabel(resource.name)) });

  return (
    <Modal open title={title} onCancel={onClose} width={860} footer={null} destroyOnHidden>
      {outcome ? (
        <Result
          status={outcome.rejected.length ? "warning" : "success"}
          title={text.t("party.import.summary", { created: outcome.created, rejected: outcome.rejected.length })}
          extra={<Button onClick={onClose}>{text.t("buttons.close")}</Button>}
        >
          <ul aria-label={text.t("party.import.rejectedRows")}>
            {outcome.rejected.map((r) => (
              <li key={r.rowNumber}>{text.t("party.import.rowReason", { row: r.rowNumber, reason: describe(r.errors) })}</li>
            ))}
          </ul>
        </Result>
      ) : progress ? (
        <Progress percent={percent(progress.done, progress.total)} aria-label={text.t("party.import.progress")} />
      ) : checking ? (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Typography.Text>
            {checking.total === undefined ? text.t("party.import.reading") : text.t("party.import.checking", { done: checking.done, total: checking.total })}
          </Typography.Text>
          <Progress percent={percent(checking.done, checking.total ?? 0)} aria-label={text.t("party.import.checkProgress")} />
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Upload.Dragger
            accept=".xlsx,.csv"
            maxCount={1}
            showUploadList={false}
            // The file is read by `load`; returning false keeps antd from uploading it anywhere.
            beforeUpload={(file) => {
              void load(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{text.t("party.import.drop")}</p>
            <Typography.Text type="secondary">{text.t("party.import.hint")}</Typography.Text>
          </Upload.Dragger>
          {fileError && <Alert type="error" message={text.t(fileError.key, fileError.params)} showIcon />}
          {rows && (
            <>
              <Table<ImportRow>
                size="small"
                rowKey="rowNumber"
                dataSource={rows}
                pagination={{ pageSize: 8 }}
                scroll={{ x: "max-content" }}
                columns={[
                  { key: "row", title: text.t("party.import.row"), dataIndex: "rowNumber" },
                  {
                    key: "status",
                    title: text.t("party.import.status"),
                    render: (_, r) => (r.errors.length ? <ValueTag palette={ERROR_TAG}>{text.t("party.import.invalid")}</ValueTag> : <ValueTag palette={SUCCESS_TAG}>{text.t("party.import.valid")}</ValueTag>),
                  },
                  { key: "title", title: text.label(resource.titleField), render: (_, r) => String(r.record[resource.titleField] ?? "") },
                  { key: "reason", title: text.t("party.import.reason"), render: (_, r) => describe(r.errors) },
                ]}
              />
              <Button
                type="primary"
                disabled={good === 0 || running}
                onClick={async () => {
                  setRunning(true);
                  await run(rows);
                }}
              >
                {text.t("party.import.start", { count: good })}
              </Button>
            </>
          )}
        </Space>
      )}
    </Modal>
  );
}
