import { Card, Input, InputNumber, Space, Table, Typography } from "antd";
import type { SheetCategory, SheetIndicator } from "../../../domain/assessmentScoring";
import { FigureCell } from "./FigureCell";
import type { ItemError } from "./selfReportChecks";
import { SelfReportCell } from "./SelfReportCell";
import type { SheetDraft } from "./sheetDraft";
import type { AutoFigure } from "./useTaskSheet";

type T = (key: string, params?: Record<string, unknown>) => string;

interface Props {
  category: SheetCategory;
  items: (SheetIndicator & { criterion?: string; evidence?: string })[];
  draft: SheetDraft;
  figures: Map<string, AutoFigure>;
  canSelf: boolean;
  canScore: boolean;
  /** The note and link problems to show now, by item code. */
  selfErrors: Record<string, { note?: ItemError; evidence?: ItemError }>;
  onSelfBlur: (code: string) => void;
  onChange: (change: (draft: SheetDraft) => SheetDraft) => void;
  t: T;
}

const shown = (value: number | null | undefined, t: T) => (typeof value === "number" ? String(value) : t("party-assessment-sheet.notScored"));

/** One category's indicators: what each asks, the figure from the records, the branch's and the committee's scores. */
export function CategoryCard({ category, items, draft, figures, canSelf, canScore, selfErrors, onSelfBlur, onChange, t }: Props) {
  const set = <K extends "self" | "selfNotes" | "selfEvidence" | "scores" | "comments" | "reasons">(part: K, code: string, value: SheetDraft[K][string]) =>
    onChange((d) => ({ ...d, [part]: { ...d[part], [code]: value } }));
  const title = t("party-assessment-sheet.category", { name: category.name || category.code, weight: category.weight });
  return (
    <Card style={{ marginBottom: 16 }} title={<h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>}>
      {/* The region scrolls sideways on a phone; it takes the focus so a keyboard can scroll it too. */}
      <div role="region" aria-label={title} tabIndex={0} style={{ overflowX: "auto" }}>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={items}
        // Wide enough to read; on a phone the region scrolls rather than squeezing each column.
        style={{ minWidth: 960 }}
        columns={[
          {
            key: "item",
            title: t("party-assessment-sheet.columns.item"),
            render: (_: unknown, item) => (
              <Space direction="vertical" size={0} style={{ maxWidth: 320 }}>
                <Typography.Text strong>{`${item.code} ${item.title ?? ""}`}</Typography.Text>
                {item.criterion && <Typography.Text type="secondary">{t("party-assessment-sheet.criterion", { text: item.criterion })}</Typography.Text>}
                {item.evidence && <Typography.Text type="secondary">{t("party-assessment-sheet.evidence", { text: item.evidence })}</Typography.Text>}
              </Space>
            ),
          },
          { key: "max", title: t("party-assessment-sheet.columns.maxPoints"), dataIndex: "maxPoints" },
          { key: "figure", title: t("party-assessment-sheet.columns.figure"), render: (_: unknown, item) => <FigureCell figure={figures.get(item.code)} t={t} /> },
          {
            key: "self",
            title: t("party-assessment-sheet.columns.selfScore"),
            render: (_: unknown, item) =>
              canSelf ? (
                <InputNumber
                  aria-label={t("party-assessment-sheet.selfScoreLabel", { item: item.title ?? item.code })}
                  data-score={`self-${item.code}`}
                  min={0}
                  max={item.maxPoints}
                  step={0.5}
                  value={draft.self[item.code]}
                  onChange={(value) => set("self", item.code, typeof value === "number" ? value : null)}
                />
              ) : (
                shown(draft.self[item.code], t)
              ),
          },
          {
            key: "selfReport",
            title: t("party-assessment-sheet.columns.selfReport"),
            render: (_: unknown, item) => (
              <SelfReportCell
                code={item.code}
                title={item.title ?? item.code}
                note={draft.selfNotes[item.code] ?? ""}
                evidence={draft.selfEvidence[item.code] ?? ""}
                editable={canSelf}
                errors={selfErrors[item.code]}
                onNote={(value) => set("selfNotes", item.code, value)}
                onEvidence={(value) => set("selfEvidence", item.code, value)}
                onBlur={() => onSelfBlur(item.code)}
                t={t}
              />
            ),
          },
          {
            key: "score",
            title: t("party-assessment-sheet.columns.score"),
            render: (_: unknown, item) =>
              canScore ? (
                <InputNumber
                  aria-label={t("party-assessment-sheet.scoreLabel", { item: item.title ?? item.code })}
                  data-score={`committee-${item.code}`}
                  min={0}
                  max={item.maxPoints}
                  step={0.5}
                  value={draft.scores[item.code]}
                  onChange={(value) => set("scores", item.code, typeof value === "number" ? value : null)}
                />
              ) : (
                shown(draft.scores[item.code] ?? undefined, t)
              ),
          },
          {
            key: "comment",
            title: t("party-assessment-sheet.columns.comment"),
            render: (_: unknown, item) =>
              canScore ? (
                <Space direction="vertical" size={4}>
                  <Input aria-label={t("party-assessment-sheet.commentLabel", { item: item.title ?? item.code })} value={draft.comments[item.code]} onChange={(e) => set("comments", item.code, e.target.value)} />
                  {figures.has(item.code) && (
                    <Input
                      aria-label={t("party-assessment-sheet.reasonLabel", { item: item.title ?? item.code })}
                      value={draft.reasons[item.code]}
                      onChange={(e) => set("reasons", item.code, e.target.value)}
                    />
                  )}
                </Space>
              ) : (
                [draft.comments[item.code], draft.reasons[item.code]].filter(Boolean).join(" · ")
              ),
          },
        ]}
      />
      </div>
    </Card>
  );
}
