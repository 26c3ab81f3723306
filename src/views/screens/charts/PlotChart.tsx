// The only module that imports the chart library; pages load it lazily (ChartCard), so it stays
// out of the host's first load and out of every other page.
import { Bar, Column, Line } from "@ant-design/plots";
import type { ChartSpec } from "./chartSpec";

export default function PlotChart({ spec, height = 260 }: { spec: ChartSpec; height?: number }) {
  const data = spec.rows.filter((r) => r.value !== null);
  const series = spec.rows.some((r) => r.series !== undefined);
  const common = { data, height, autoFit: true, animate: false as const, axis: { x: { labelAutoRotate: true } } };
  if (spec.kind === "line") {
    return (
      <Line
        {...common}
        xField="label"
        yField="value"
        colorField={series ? "series" : undefined}
        annotations={spec.marker ? [{ type: "lineX", xField: spec.marker.at, style: { stroke: "#cf1322", lineDash: [4, 4], lineWidth: 1 }, label: { text: spec.marker.text, position: "top", fill: "#cf1322" } }] : []}
      />
    );
  }
  if (spec.kind === "bar") return <Bar {...common} xField="label" yField="value" colorField={series ? "series" : undefined} group={series} />;
  return <Column {...common} xField="label" yField="value" colorField={series ? "series" : undefined} group={series} />;
}
