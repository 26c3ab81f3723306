import { PlusOutlined } from "@ant-design/icons";
import type { BaseRecord } from "@refinedev/core";
import { Card, Progress, Space, Table } from "antd";
import { Link } from "react-router";
import { keys } from "../../schema/i18nKeys";
import type { ChildList as ChildListDef } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { FieldValue } from "../fields/FieldValue";
import { useFieldText } from "../hooks/useFieldText";
import { LinkButton } from "../LinkButton";
import { ScrollRegion } from "../ScrollRegion";
import { useChildRecords } from "./ChildRecords";

/**
 * The records of a child resource that belong to this record, with progress when the child has it.
 * Its rows come from the page's ChildRecordsProvider and its relation labels from the page's batch.
 */
export function ChildList({ child, parentId }: { child: ChildListDef; parentId: string | number }) {
  const { routePrefix } = usePartyConfig();
  const { resource, fields: names, rows, isLoading } = useChildRecords()[child.resource] ?? { fields: [], rows: [], isLoading: true };
  const text = useFieldText(resource);
  if (!resource) return null;
  const done = child.progress ? rows.filter((r) => child.progress!.doneValues.includes(String(r[child.progress!.field]))).length : 0;
  const yesNo: [string, string] = [text.t("party.common.yes"), text.t("party.common.no")];
  const base = `${routePrefix}/${child.resource}`;
  const title = text.t(keys.resourceLabel(child.resource));
  return (
    <Card
      title={`${title}（${rows.length}）`}
      // A computed child (a branch's assessment results) is never created by hand.
      extra={
        resource.readOnly ? undefined : (
          <LinkButton to={`${base}/create?${child.foreignKey}=${encodeURIComponent(String(parentId))}`} size="small" icon={<PlusOutlined />}>
            {text.t("buttons.create")}
          </LinkButton>
        )
      }
      style={{ marginTop: 16 }}
    >
      {child.progress && rows.length > 0 && (
        <Space style={{ marginBottom: 12 }}>
          <span>{text.t("party.show.progress", { done, total: rows.length })}</span>
          <Progress percent={Math.round((done / rows.length) * 100)} style={{ width: 200 }} aria-label={text.t("party.show.progressLabel")} />
        </Space>
      )}
      {/* On a phone the table scrolls sideways in a region the keyboard can reach, rows or none. */}
      <ScrollRegion label={title}>
        <Table<BaseRecord>
          size="small"
          rowKey="id"
          loading={isLoading}
          dataSource={rows}
          pagination={false}
          columns={names.map((name) => ({
            key: name,
            title: text.label(name),
            dataIndex: name,
            render: (value: unknown, record: BaseRecord) => {
              const cell = <FieldValue name={name} field={resource.fields[name]} value={value} optionLabel={text.option} yesNo={yesNo} lng={text.lng} />;
              return name === resource.titleField ? <Link to={`${base}/show/${record.id}`}>{cell}</Link> : cell;
            },
          }))}
        />
      </ScrollRegion>
    </Card>
  );
}
