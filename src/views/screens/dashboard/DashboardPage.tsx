import { List } from "@refinedev/antd";
import { Alert, Button, Col, Form, Row, Select, Skeleton } from "antd";
import { useMemo, useState } from "react";
import { BRANCH_TYPES } from "../../../domain/branchRules";
import { todayIso } from "../../form/today";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { PageLoading } from "../../PageLoading";
import { ChartCard } from "../charts/ChartCard";
import { chartTable } from "../charts/chartSpec";
import { dashboardCharts } from "./dashboardCharts";
import { useBranchOptions, useDashboard } from "./useDashboard";
import { PageTitle } from "../../PageTitle";

const YEARS_BACK = 5;

/** 统计看板: member structure, development pipeline, organizational life, commitments, pairings, study and assessment grades, for a year and the filters. */
export default function DashboardPage() {
  const { resource: members } = useEffectiveResource("members");
  const { resource: branches } = useEffectiveResource("branches");
  const { resource: commitments } = useEffectiveResource("commitments");
  const memberText = useFieldText(members);
  const branchText = useFieldText(branches);
  const commitmentText = useFieldText(commitments);
  const { t } = memberText;
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [branchType, setBranchType] = useState<string | undefined>();
  const [branchId, setBranchId] = useState<string | undefined>();
  const branchOptions = useBranchOptions(branchType);
  const { figures, isLoading, isError } = useDashboard({ year, branchType, branchId });
  const [exporting, setExporting] = useState(false);

  const charts = useMemo(
    () =>
      figures
        ? dashboardCharts(figures, {
            t,
            stage: (v) => memberText.option("stage", v),
            education: (v) => memberText.option("education", v),
            title: (v) => memberText.option("professionalTitle", v),
            commitmentStatus: (v) => commitmentText.option("status", v),
            branchType: (v) => branchText.option("type", v),
          })
        : [],
    [figures, t, memberText, commitmentText, branchText],
  );

  if (!members || !branches || !commitments) return <PageLoading />;

  const exportExcel = async () => {
    setExporting(true);
    try {
      const { toXlsxSheets, download } = await import("../../transfer/writeFile");
      download(await toXlsxSheets(charts.map((c) => ({ name: c.title, table: chartTable(c) }))), `${t("party.dashboard.title")}-${year}.xlsx`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <List
      title={<PageTitle>{t("party.dashboard.title")}</PageTitle>}
      headerButtons={
        <Button onClick={() => void exportExcel()} loading={exporting} disabled={!figures}>
          {t("party.dashboard.exportExcel")}
        </Button>
      }
    >
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t("party.dashboard.year")} htmlFor="dashboard-year">
          <Select id="dashboard-year" style={{ width: 100 }} value={year} onChange={setYear} options={Array.from({ length: YEARS_BACK }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))} />
        </Form.Item>
        <Form.Item label={t("party.dashboard.branchType")} htmlFor="dashboard-type">
          <Select
            id="dashboard-type"
            style={{ width: 160 }}
            value={branchType ?? ""}
            onChange={(v) => {
              setBranchType(v || undefined);
              setBranchId(undefined);
            }}
            options={[{ value: "", label: t("party.dashboard.allTypes") }, ...BRANCH_TYPES.map((v) => ({ value: v, label: branchText.option("type", v) }))]}
          />
        </Form.Item>
        <Form.Item label={t("party.dashboard.branch")} htmlFor="dashboard-branch">
          <Select
            id="dashboard-branch"
            style={{ width: 220 }}
            showSearch
            optionFilterProp="label"
            value={branchId ?? ""}
            onChange={(v) => setBranchId(v || undefined)}
            options={[{ value: "", label: t("party.dashboard.allBranches") }, ...branchOptions]}
          />
        </Form.Item>
      </Form>
      {isError && <Alert type="error" showIcon message={t("party.errors.server")} style={{ marginBottom: 12 }} />}
      {isLoading && <Skeleton active />}
      <Row gutter={[16, 16]}>
        {charts.map((spec) => (
          <Col key={spec.id} xs={24} xl={12}>
            <ChartCard spec={spec} />
          </Col>
        ))}
      </Row>
    </List>
  );
}
