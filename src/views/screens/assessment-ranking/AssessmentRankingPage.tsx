import { List } from "@refinedev/antd";
import { Empty, Select, Space, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { fieldsFor } from "../../../schema/defineResource";
import type { EffectiveResource } from "../../../schema/types";
import { usePartyConfig } from "../../context/PartyContext";
import { RelationRecordsProvider } from "../../fields/RelationRecords";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { relationIdsByTarget } from "../../list/relationIds";
import { useListColumns } from "../../list/useListColumns";
import { useRowDelete } from "../../list/useRowDelete";
import { PageLoading } from "../../PageLoading";
import { ExportButton } from "../../transfer/ExportButton";
import { useRankablePlans, useRanking } from "./useRanking";
import { PageTitle } from "../../PageTitle";

const RESULTS = "assessment-results";
const PLAN_SELECT_ID = "assessment-ranking-plan";
const TYPE_SELECT_ID = "assessment-ranking-type";
const readOnly = () => false;
/** The plan and the year are the page's own choice, not columns. */
const HIDDEN = ["planId", "year"];

/** 考核排名: one plan's branches by total, with their star grades; filter by branch type, export to Excel. */
export default function AssessmentRankingPage() {
  const { resource } = useEffectiveResource(RESULTS);
  const { plans, isLoading } = useRankablePlans();
  if (!resource || isLoading) return <PageLoading />;
  return <Ranking resource={resource} plans={plans} />;
}

function Ranking({ resource, plans }: { resource: EffectiveResource; plans: Record<string, unknown>[] }) {
  const text = useFieldText(resource);
  const t = text.t;
  const { routePrefix } = usePartyConfig();
  // The newest plan with results to rank (this year's may have none evaluated yet).
  const [planId, setPlanId] = useState<unknown>((plans.find((p) => Number(p.evaluatedCount) > 0) ?? plans[0])?.id);
  const [branchType, setBranchType] = useState<string | undefined>(undefined);
  const { tableProps, filters, sorters } = useRanking(resource, planId, branchType);
  const rowDelete = useRowDelete(resource.name);
  const { columns } = useListColumns(resource, text, sorters, HIDDEN, readOnly, rowDelete, `${routePrefix}/${resource.name}`);
  const rows = tableProps.dataSource;
  const relationIds = useMemo(() => relationIdsByTarget(resource, fieldsFor(resource, "list"), rows ?? []), [resource, rows]);
  const types = resource.fields.branchType.values ?? [];

  return (
    <List
      title={<PageTitle>{t("party-assessment-ranking.party-assessment-ranking")}</PageTitle>}
      headerButtons={planId !== undefined ? <ExportButton resource={resource} filters={filters} sorters={sorters} /> : undefined}
    >
      {plans.length === 0 ? (
        <Empty description={t("party-assessment-ranking.noPlan")} />
      ) : (
        <>
          <Space align="center" wrap style={{ marginBottom: 16 }}>
            <Typography.Text strong>
              <label htmlFor={PLAN_SELECT_ID}>{t("party-assessment-ranking.plan")}</label>
            </Typography.Text>
            <Select
              id={PLAN_SELECT_ID}
              value={planId as string | number}
              onChange={setPlanId}
              options={plans.map((p) => ({ value: p.id as string | number, label: String(p.title) }))}
              style={{ minWidth: 260 }}
            />
            <Typography.Text strong>
              <label htmlFor={TYPE_SELECT_ID}>{t("party-assessment-ranking.branchType")}</label>
            </Typography.Text>
            <Select
              id={TYPE_SELECT_ID}
              value={branchType ?? ""}
              onChange={(value: string) => setBranchType(value || undefined)}
              options={[{ value: "", label: t("party-assessment-ranking.allTypes") }, ...types.map((type) => ({ value: type, label: text.option("branchType", type) }))]}
              style={{ width: 160 }}
            />
          </Space>
          <RelationRecordsProvider idsByTarget={relationIds}>
            <Table {...tableProps} rowKey="id" columns={columns} scroll={{ x: "max-content" }} pagination={{ ...tableProps.pagination, hideOnSinglePage: true }} />
          </RelationRecordsProvider>
        </>
      )}
    </List>
  );
}

