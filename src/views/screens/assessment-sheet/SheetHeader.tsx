import { Alert, Space, Tag, Typography } from "antd";

type T = (key: string, params?: Record<string, unknown>) => string;

/** The task's state, its result once evaluated (with what the cap or a veto changed), and any overdue deadline. */
export function SheetHeader({ task, statusLabel, t }: { task: Record<string, unknown>; statusLabel: string; t: T }) {
  const total = typeof task.total === "number" ? task.total : undefined;
  const stars = typeof task.stars === "number" ? task.stars : undefined;
  const uncapped = typeof task.uncappedStars === "number" ? task.uncappedStars : undefined;
  const overdue = typeof task.overdueDays === "number" ? task.overdueDays : 0;
  // What needs putting right, while it still does (a closed task keeps its scores, not the call to act).
  const open = ["evaluated", "rectification", "rectified"].includes(String(task.status));
  const toRectify = open && Array.isArray(task.rectificationCodes) ? (task.rectificationCodes as string[]) : [];
  return (
    <Space direction="vertical" style={{ width: "100%", marginBottom: 16 }}>
      <Space wrap>
        <Tag color="blue" data-status={String(task.status)}>
          {statusLabel}
        </Tag>
        {total !== undefined && <Typography.Text strong data-total={total}>{t("party-assessment-sheet.total", { total })}</Typography.Text>}
        {stars !== undefined && (
          <Typography.Text strong data-stars={stars}>
            <span aria-hidden="true" style={{ color: "#ad6800" }}>
              {"★".repeat(stars)}
            </span>{" "}
            {t("party-assessment-sheet.stars", { stars })}
          </Typography.Text>
        )}
      </Space>
      {uncapped !== undefined && stars !== undefined && uncapped > stars && <Alert type="info" showIcon message={t("party-assessment-sheet.capped", { stars: uncapped })} />}
      {task.vetoed === true && <Alert type="warning" showIcon message={t("party-assessment-sheet.vetoed")} />}
      {overdue > 0 && <Alert type="warning" showIcon message={t("party-assessment-sheet.overdue", { days: overdue })} />}
      {toRectify.length > 0 && <Alert type="warning" showIcon message={t("party-assessment-sheet.rectificationItems", { items: toRectify.join("、") })} />}
    </Space>
  );
}
