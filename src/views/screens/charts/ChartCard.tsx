import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Segmented, Skeleton, Table, Typography } from "antd";
import { lazy, Suspense, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../transfer/writeFile";
import { chartTable, type ChartSpec } from "./chartSpec";

const PlotChart = lazy(() => import("./PlotChart"));

/** The chart's canvas as a PNG file. */
function exportPng(container: HTMLElement | null, filename: string) {
  const canvas = container?.querySelector("canvas");
  if (!canvas) return;
  canvas.toBlob((blob) => blob && download(blob, filename), "image/png");
}

/** A chart with its text summary, a switch to its table view, and a PNG export. */
export function ChartCard({ spec, height }: { spec: ChartSpec; height?: number }) {
  const { t } = useTranslation();
  const [view, setView] = useState<"chart" | "table">("chart");
  const chartRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const table = useMemo(() => chartTable(spec), [spec]);
  const columns = table.headers.map((title, i) => ({ title, dataIndex: String(i), key: String(i) }));
  const rows = table.rows.map((row, i) => ({ key: i, ...Object.fromEntries(row.map((cell, j) => [String(j), cell])) }));
  return (
    <Card
      size="small"
      data-chart={spec.id}
      title={
        <Typography.Title level={2} id={titleId} style={{ fontSize: 15, margin: 0 }}>
          {spec.title}
        </Typography.Title>
      }
    >
      {/* The controls sit under the title, not beside it: on a phone the title keeps its whole width. */}
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap", marginBottom: 8 }}>
        <Segmented
          size="small"
          value={view}
          onChange={(v) => setView(v as "chart" | "table")}
          options={[
            { value: "chart", label: t("party.dashboard.viewChart") },
            { value: "table", label: t("party.dashboard.viewTable") },
          ]}
          aria-label={t("party.dashboard.viewLabel", { title: spec.title })}
        />
        <Button size="small" icon={<DownloadOutlined />} disabled={view !== "chart"} onClick={() => exportPng(chartRef.current, `${spec.title}.png`)}>
          {t("party.dashboard.exportPng")}
        </Button>
      </div>
      <Typography.Paragraph className="chart-summary" style={{ marginBottom: 8 }}>
        {spec.summary}
      </Typography.Paragraph>
      {view === "chart" ? (
        <div ref={chartRef} role="img" aria-labelledby={titleId} className="chart-canvas" style={{ minHeight: height ?? 260 }}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} title={false} />}>
            <PlotChart spec={spec} height={height} />
          </Suspense>
        </div>
      ) : (
        <Table size="small" className="chart-table" columns={columns} dataSource={rows} pagination={rows.length > 12 ? { pageSize: 12, size: "small", showSizeChanger: false } : false} />
      )}
    </Card>
  );
}
