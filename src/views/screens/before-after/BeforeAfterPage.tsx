import { List } from "@refinedev/antd";
import { Alert, Button, Col, DatePicker, Form, Row, Select, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo, useState, type CSSProperties } from "react";
import { MIN_VALUES_PER_SIDE } from "../../../domain/indicators";
import type { IndicatorComparisonRow } from "../../../domain/indicatorComparison";
import { usePartyConfig } from "../../context/PartyContext";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { TAG_PALETTE, WARNING_TAG } from "../../fields/enumColor";
import { PageLoading } from "../../PageLoading";
import { ChartCard } from "../charts/ChartCard";
import { ScrollRegion } from "../../ScrollRegion";
import { useBranchOptions } from "../dashboard/useDashboard";
import { COMPARISON_COLUMNS, comparisonCells, comparisonChart, comparisonSheets, resultOf } from "./comparisonFormat";
import { useComparison } from "./useComparison";
import { PageTitle } from "../../PageTitle";

/** The launch the comparison opens on (the seed papers' platform went live in July 2021). */
const DEFAULT_CUT_OVER = "2021-07-01";
const WINDOW_CHOICES = [1, 2, 3, 4, 5];
// The tag colours of the list pages (4.5:1 contrast at antd's tag size).
const RESULT_STYLE: Record<string, CSSProperties | undefined> = { significant: TAG_PALETTE[1], tooFew: WARNING_TAG };

/** 实施前后对比: per indicator, the values before and after a cut-over, the change and two two-sample tests. */
export default function BeforeAfterPage() {
  const { resource } = useEffectiveResource("indicators");
  const text = useFieldText(resource);
  const { t } = text;
  const { getUser } = usePartyConfig();
  const member = getUser?.()?.role === "member";
  const [scope, setScope] = useState("hospital");
  const [cutOver, setCutOver] = useState(DEFAULT_CUT_OVER);
  const [years, setYears] = useState(3);
  const branchOptions = useBranchOptions();
  const { rows, isLoading, isError } = useComparison({ scope, cutOver, years });
  const [exporting, setExporting] = useState(false);
  const group = (g: string) => text.option("group", g);

  const columns = useMemo(
    () =>
      COMPARISON_COLUMNS.map((c, i) => ({
        title: t(`party.beforeAfter.columns.${c}`),
        key: c,
        render: (_: unknown, row: IndicatorComparisonRow) => {
          const cell = comparisonCells(row, t, group)[i];
          if (c !== "result") return cell;
          const key = resultOf(row);
          return <Tag style={RESULT_STYLE[key]}>{cell}</Tag>;
        },
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, text],
  );
  const charts = useMemo(() => (rows ?? []).filter((r) => r.series.length > 0).map((r) => comparisonChart(r, t, cutOver)), [rows, t, cutOver]);

  if (!resource) return <PageLoading />;

  const exportExcel = async () => {
    if (!rows) return;
    setExporting(true);
    try {
      const { toXlsxSheets, download } = await import("../../transfer/writeFile");
      download(await toXlsxSheets(comparisonSheets(rows, t, group, cutOver)), `${t("party.beforeAfter.title")}-${cutOver}.xlsx`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <List
      title={<PageTitle>{t("party.beforeAfter.title")}</PageTitle>}
      headerButtons={
        <Button onClick={() => void exportExcel()} loading={exporting} disabled={!rows}>
          {t("party.beforeAfter.exportExcel")}
        </Button>
      }
    >
      <Typography.Paragraph>{t("party.beforeAfter.intro", { min: MIN_VALUES_PER_SIDE })}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t("party.beforeAfter.scope")} htmlFor="before-after-scope">
          <Select
            id="before-after-scope"
            style={{ width: 220 }}
            showSearch
            optionFilterProp="label"
            value={scope}
            onChange={setScope}
            options={[{ value: "hospital", label: t("party.beforeAfter.hospital") }, ...(member ? [] : branchOptions)]}
          />
        </Form.Item>
        <Form.Item label={t("party.beforeAfter.cutOver")} htmlFor="before-after-cutover">
          <DatePicker id="before-after-cutover" allowClear={false} value={dayjs(cutOver)} onChange={(d) => d && setCutOver(d.format("YYYY-MM-DD"))} />
        </Form.Item>
        <Form.Item label={t("party.beforeAfter.years")} htmlFor="before-after-years">
          <Select id="before-after-years" style={{ width: 80 }} value={years} onChange={setYears} options={WINDOW_CHOICES.map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
      </Form>
      {isError && <Alert type="error" showIcon message={t("party.errors.server")} style={{ marginBottom: 12 }} />}
      <ScrollRegion label={t("party.beforeAfter.title")}>
        <Table<IndicatorComparisonRow>
          className="comparison-table"
          // Wide enough for sixteen columns: on a phone the region scrolls instead of squeezing them.
          style={{ minWidth: 1200 }}
          rowKey={(row) => String(row.indicatorId)}
          loading={isLoading}
          dataSource={rows ?? []}
          columns={columns}
          pagination={false}
          size="small"
          locale={{ emptyText: t("party.beforeAfter.empty") }}
        />
      </ScrollRegion>
      {charts.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
            {t("party.beforeAfter.charts")}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {charts.map((spec) => (
              <Col key={spec.id} xs={24} xl={12}>
                <ChartCard spec={spec} height={220} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </List>
  );
}
