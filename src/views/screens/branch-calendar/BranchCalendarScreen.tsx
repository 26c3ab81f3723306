import { List } from "@refinedev/antd";
import { Calendar, ConfigProvider, Form, Space, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { usePartyConfig } from "../../context/PartyContext";
import { RelationSelect } from "../../fields/RelationSelect";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { PageLoading } from "../../PageLoading";
import { CalendarHeader } from "./CalendarHeader";
import { CHIP_STYLE, MeetingChip } from "./MeetingChip";
import { useBranchMeetings } from "./useBranchMeetings";
import { PageTitle } from "../../PageTitle";

const STATUSES = ["planned", "held", "cancelled"] as const;

/** A branch's meetings by month on antd's Calendar; planned ones look different from held ones. */
export default function BranchCalendarScreen() {
  const { resource: meetings } = useEffectiveResource("meetings");
  const text = useFieldText(meetings);
  const { routePrefix, getUser } = usePartyConfig();
  const [branchId, setBranchId] = useState<string | number | undefined>(() => getUser?.()?.branchId);
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  // The visible grid reaches into the neighbouring months.
  const from = month.startOf("month").subtract(7, "day").format("YYYY-MM-DD");
  const to = month.endOf("month").add(14, "day").format("YYYY-MM-DD");
  const { meetings: rows } = useBranchMeetings(branchId, from, to);
  if (!meetings) return <PageLoading />;

  const byDate = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byDate.get(String(row.date)) ?? [];
    list.push(row);
    byDate.set(String(row.date), list);
  }

  return (
    <List title={<PageTitle>{text.t("party.calendar.title")}</PageTitle>}>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label={text.t("party.calendar.branch")} htmlFor="calendar-branch">
          <span style={{ display: "inline-block", width: 240 }}>
            <RelationSelect field={meetings.fields.branchId} id="calendar-branch" value={branchId} onChange={(v) => setBranchId(v as string | number | undefined)} placeholder={text.t("party.calendar.pickBranch")} />
          </span>
        </Form.Item>
      </Form>
      <Space wrap style={{ marginBottom: 8 }} role="group" aria-label={text.t("party.calendar.legend")}>
        {STATUSES.map((status) => (
          <Tag key={status} style={{ color: CHIP_STYLE[status].color, background: CHIP_STYLE[status].background, border: CHIP_STYLE[status].border }}>
            <span aria-hidden>{CHIP_STYLE[status].symbol} </span>
            {text.t(`party.calendar.${status}`)}
          </Tag>
        ))}
      </Space>
      {/* antd greys the neighbouring months' days at 1.8:1; they are dates a person reads, so 4.5:1. */}
      <ConfigProvider theme={{ components: { Calendar: { colorTextDisabled: "rgba(0, 0, 0, 0.56)" }, DatePicker: { colorTextDisabled: "rgba(0, 0, 0, 0.56)" } } }}>
        <Calendar
          value={month}
          onPanelChange={(date) => setMonth(date)}
          onChange={(date) => setMonth(date)}
          headerRender={({ value }) => <CalendarHeader value={value} onChange={setMonth} yearLabel={text.t("party.calendar.year")} monthLabel={text.t("party.calendar.month")} />}
          cellRender={(date, info) => {
            if (info.type !== "date") return info.originNode;
            return (byDate.get(date.format("YYYY-MM-DD")) ?? []).map((m) => (
              <MeetingChip
                key={String(m.id)}
                to={`${routePrefix}/meetings/show/${m.id}`}
                title={`${text.option("kind", String(m.kind))} ${String(m.title ?? "")}`}
                status={String(m.status)}
                statusLabel={text.option("status", String(m.status))}
              />
            ));
          }}
        />
      </ConfigProvider>
    </List>
  );
}
