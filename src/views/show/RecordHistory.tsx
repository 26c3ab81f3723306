import { useLogList, type BaseRecord } from "@refinedev/core";
import { Card, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { EffectiveResource } from "../../schema/types";
import { useFieldText } from "../hooks/useFieldText";

/** This record's audit trail, newest first: who changed which fields, from what to what. */
export function RecordHistory({ resource, id }: { resource: EffectiveResource; id: string | number }) {
  const text = useFieldText(resource);
  const { data, isLoading } = useLogList({ resource: resourceIdentifier(resource.name), meta: { id } });
  const entries = (data ?? []) as BaseRecord[];
  const value = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));
  return (
    <Card title={text.t("party.audit.history")} style={{ marginTop: 16 }} loading={isLoading}>
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{text.t("party.audit.none")}</Typography.Text>
      ) : (
        <Timeline
          items={entries.map((entry) => ({
            key: String(entry.id),
            children: (
              <>
                <Typography.Text strong>
                  {dayjs(String(entry.createdAt)).format("YYYY-MM-DD HH:mm")} {String(entry.authorName ?? "")}{" "}
                  {text.t(`party-audit-logs.options.action.${entry.action}`)}
                </Typography.Text>
                {entry.action === "reveal" && <div>{text.label(String(entry.summary))}</div>}
                {((entry.changes as { field: string; before: unknown; after: unknown }[]) ?? []).map((c) => (
                  <div key={c.field}>
                    {text.label(c.field)}: {value(c.before)} → {value(c.after)}
                  </div>
                ))}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
