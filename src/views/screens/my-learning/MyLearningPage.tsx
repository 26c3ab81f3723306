import { CheckCircleOutlined } from "@ant-design/icons";
import { Alert, Card, Progress, Result, Space, Table, Typography } from "antd";
import { Link } from "react-router";
import type { BaseRecord } from "@refinedev/core";
import { usePartyConfig } from "../../context/PartyContext";
import { FieldValue } from "../../fields/FieldValue";
import { ValueTag } from "../../fields/ValueTag";
import { WarningAlerts } from "../../fields/WarningBadges";
import { TAG_PALETTE } from "../../fields/enumColor";
import { todayIso } from "../../form/today";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { PageLoading } from "../../PageLoading";
import { useMyLearning } from "./useMyLearning";

/** 我的学习: the signed-in member's hours against their yearly minimum, the pace, and their courses (required first). */
export default function MyLearningPage() {
  const { routePrefix } = usePartyConfig();
  const { resource: courses } = useEffectiveResource("courses");
  const { resource: members } = useEffectiveResource("members");
  const text = useFieldText(courses);
  const { memberId, member, courses: rows, isLoading } = useMyLearning();
  const t = text.t;
  if (memberId === undefined) return <Result status="info" title={t("party.learning.title")} subTitle={t("party.learning.noMember")} />;
  if (!courses || !members || isLoading || !member) return <PageLoading />;

  const hours = Number(member.studyHours ?? 0);
  const minimum = Number(member.studyMinimum ?? 0);
  const remaining = Math.max(0, Math.round((minimum - hours) * 100) / 100);
  const warnings = members.warnings?.(member, todayIso()) ?? [];
  const yesNo: [string, string] = [t("party.common.yes"), t("party.common.no")];
  const cell = (name: string, record: BaseRecord) => (
    <FieldValue name={name} field={courses.fields[name]} value={record[name]} optionLabel={text.option} yesNo={yesNo} lng={text.lng} />
  );

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t("party.learning.title")}
      </Typography.Title>
      <Card>
        <Space direction="vertical" style={{ width: "100%" }}>
          <Typography.Text strong data-testid="learning-hours">
            {t("party.learning.hours", { hours, minimum })}
          </Typography.Text>
          <Progress percent={Number(member.studyPercent ?? 0)} aria-label={t("party.learning.progress")} />
          <Typography.Text>{remaining > 0 ? t("party.learning.remaining", { hours: remaining }) : t("party.learning.complete")}</Typography.Text>
          {warnings.length ? <WarningAlerts warnings={warnings} /> : <Alert type="success" showIcon message={t("party.learning.onPace")} />}
        </Space>
      </Card>
      <Card title={t("party.learning.courses")}>
        <Table<BaseRecord & { done: boolean }>
          size="small"
          rowKey="id"
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: "max-content" }}
          columns={[
            {
              key: "title",
              title: text.label("title"),
              render: (_, r) => <Link to={`${routePrefix}/courses/show/${r.id}`}>{String(r.title)}</Link>,
            },
            {
              key: "required",
              title: text.label("required"),
              render: (_, r) => <ValueTag palette={r.required ? TAG_PALETTE[7] : undefined}>{t(r.required ? "party.learning.required" : "party.learning.elective")}</ValueTag>,
            },
            { key: "kind", title: text.label("kind"), render: (_, r) => cell("kind", r) },
            { key: "hours", title: text.label("hours"), render: (_, r) => cell("hours", r) },
            {
              key: "done",
              title: t("party.learning.status"),
              render: (_, r) =>
                r.done ? (
                  <span>
                    <CheckCircleOutlined aria-hidden /> {t("party.learning.done")}
                  </span>
                ) : (
                  t("party.learning.todo")
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
