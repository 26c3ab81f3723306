import { List } from "@refinedev/antd";
import type { BaseRecord } from "@refinedev/core";
import { Form, Select, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { WORKBENCH_RULES } from "../../../domain/workbench";
import { usePartyConfig } from "../../context/PartyContext";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { ERROR_TAG } from "../../fields/enumColor";
import { PageLoading } from "../../PageLoading";
import { dueItemDetail, dueItemPath, recordScreenNames } from "./dueItemText";
import { useWorkbench } from "./useWorkbench";
import { PageTitle } from "../../PageTitle";

const RULE_SELECT_ID = "workbench-rule";

/** 工作台: what is due for the signed-in person (hospital, branch or own), each item opening its record. */
export default function WorkbenchPage() {
  const { resource } = useEffectiveResource("workbench");
  const { resource: meetings } = useEffectiveResource("meetings");
  const text = useFieldText(resource);
  const meetingText = useFieldText(meetings);
  const { t } = text;
  const { routePrefix, getUser, resources } = usePartyConfig();
  const recordScreens = useMemo(() => recordScreenNames(resources), [resources]);
  const role = getUser?.()?.role ?? "admin";
  const [rule, setRule] = useState<string | undefined>();
  const { tableProps } = useWorkbench(rule);
  const total = tableProps.pagination && typeof tableProps.pagination === "object" ? (tableProps.pagination.total ?? 0) : 0;

  const columns = useMemo(
    () => [
      {
        title: t("party.workbench.columns.rule"),
        dataIndex: "rule",
        key: "rule",
        render: (value: string, item: BaseRecord) => (
          <Space size={4} wrap>
            <span>{t(`party.workbench.rule.${value}`)}</span>
            {item.overdue === true && <Tag style={ERROR_TAG}>{t("party.workbench.overdue")}</Tag>}
          </Space>
        ),
      },
      {
        title: t("party.workbench.columns.subject"),
        dataIndex: "subject",
        key: "subject",
        render: (value: string, item: BaseRecord) => <Link to={dueItemPath(routePrefix, item, recordScreens)}>{value}</Link>,
      },
      {
        title: t("party.workbench.columns.detail"),
        key: "detail",
        render: (_: unknown, item: BaseRecord) => dueItemDetail(item, t, (kind) => meetingText.option("kind", kind)),
      },
      {
        title: t("party.workbench.columns.dueDate"),
        dataIndex: "dueDate",
        key: "dueDate",
        render: (value: string | null) => (value ? t("party.workbench.dueOn", { date: value }) : ""),
      },
    ],
    [t, routePrefix, meetingText, recordScreens],
  );

  if (!resource || !meetings) return <PageLoading />;
  return (
    <List
      title={<PageTitle>{t("party.workbench.title")}</PageTitle>}
    >
      <Typography.Paragraph>
        {t(`party.workbench.scope.${role}`)}
        {" · "}
        <span data-testid="workbench-total">{t("party.workbench.total", { count: total })}</span>
      </Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t("party.workbench.filterLabel")} htmlFor={RULE_SELECT_ID}>
          <Select
            id={RULE_SELECT_ID}
            style={{ width: 220 }}
            // A dozen rules: every one rendered, so each can be reached by scrolling and by a screen reader.
            virtual={false}
            value={rule ?? ""}
            onChange={(v) => setRule(v || undefined)}
            options={[{ value: "", label: t("party.workbench.allRules") }, ...WORKBENCH_RULES.map((r) => ({ value: r, label: t(`party.workbench.rule.${r}`) }))]}
          />
        </Form.Item>
      </Form>
      <Table<BaseRecord>
        {...tableProps}
        rowKey="id"
        columns={columns}
        size="middle"
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("party.workbench.empty") }}
        pagination={{ ...tableProps.pagination, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </List>
  );
}
