import { Space, Typography } from "antd";
import { Link } from "react-router";
import { usePartyConfig } from "../../context/PartyContext";
import type { AutoFigure } from "./useTaskSheet";

/** Links to the first few records a figure came from; the rest are counted. */
const SHOWN_RECORDS = 6;

/** An automatic item's figure, the records it came from (links) and the score it suggests. */
export function FigureCell({ figure, t }: { figure: AutoFigure | undefined; t: (key: string, params?: Record<string, unknown>) => string }) {
  const { routePrefix } = usePartyConfig();
  if (!figure) return null;
  const params = { count: figure.count ?? 0, of: figure.of ?? 0, rate: Math.round((figure.share ?? 0) * 100), average: figure.average ?? 0 };
  const shown = figure.recordIds.slice(0, SHOWN_RECORDS);
  return (
    <Space direction="vertical" size={2} data-figure={figure.source}>
      <Typography.Text>{t(`party-assessment-sheet.figures.${figure.source}`, params)}</Typography.Text>
      <Typography.Text strong>{t("party-assessment-sheet.suggested", { score: figure.suggested })}</Typography.Text>
      {figure.recordIds.length > 0 && (
        <Typography.Text type="secondary">
          {t("party-assessment-sheet.records", { count: figure.recordIds.length })}{" "}
          {shown.map((id) => (
            <Link key={id} to={`${routePrefix}/${figure.resource}/show/${id}`} style={{ marginRight: 6, textDecoration: "underline" }}>
              {t("party-assessment-sheet.recordLink", { id })}
            </Link>
          ))}
          {figure.recordIds.length > shown.length && t("party-assessment-sheet.moreRecords", { count: figure.recordIds.length - shown.length })}
        </Typography.Text>
      )}
    </Space>
  );
}
