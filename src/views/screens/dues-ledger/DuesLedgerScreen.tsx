import { List } from "@refinedev/antd";
import { Button, DatePicker, Form, Space, Table, Typography } from "antd";
import { ERROR_TAG, SUCCESS_TAG, WARNING_TAG } from "../../fields/enumColor";
import { ValueTag } from "../../fields/ValueTag";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { can } from "../../../domain/access";
import { selfLapseWarning } from "../../../domain/selfLapse";
import { usePartyConfig } from "../../context/PartyContext";
import { RelationSelect } from "../../fields/RelationSelect";
import { WarningBadges } from "../../fields/WarningBadges";
import { todayIso } from "../../form/today";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { PageLoading } from "../../PageLoading";
import { PaymentModal } from "./PaymentModal";
import { useDuesLedger, type LedgerRow } from "./useDuesLedger";
import { PageTitle } from "../../PageTitle";
import { ScrollRegion } from "../../ScrollRegion";

const STATUS_TAG = { paid: SUCCESS_TAG, partial: WARNING_TAG, unpaid: ERROR_TAG };
const yuan = (n: number | undefined) => (n === undefined ? "" : n.toFixed(2));

/** 党费台账: a branch and a month → what each member owes, has paid and still owes; payments recorded per row. */
export default function DuesLedgerScreen() {
  const { getUser } = usePartyConfig();
  const user = getUser?.();
  const { resource: payments } = useEffectiveResource("dues-payments");
  const { resource: bases } = useEffectiveResource("dues-bases");
  const text = useFieldText(payments);
  const baseText = useFieldText(bases);
  const t = text.t;
  const [branchId, setBranchId] = useState<unknown>(user?.branchId);
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  // A member asks for their own row only (and the backend narrows the query to it anyway).
  const isMember = user?.role === "member";
  const { rows, isLoading } = useDuesLedger(isMember ? { memberId: user?.memberId } : { branchId }, month, isMember || branchId !== undefined);
  const [paying, setPaying] = useState<LedgerRow>();
  const totals = useMemo(() => rows.reduce((s, r) => ({ owed: s.owed + r.owed, paid: s.paid + r.paid, remaining: s.remaining + r.remaining }), { owed: 0, paid: 0, remaining: 0 }), [rows]);
  if (!payments || !bases) return <PageLoading />;
  const mayRecord = (row: LedgerRow) => !getUser || can(user, "create", "dues-payments", { memberId: row.memberId, branchId: row.branchId });

  return (
    <List title={<PageTitle>{t("party-dues-ledger.title")}</PageTitle>} canCreate={false}>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        {!isMember && (
          <Form.Item label={t("party-dues-ledger.branch")} htmlFor="dues-ledger-branch">
            <div style={{ minWidth: 240 }}>
              <RelationSelect id="dues-ledger-branch" field={payments.fields.branchId} value={branchId} onChange={setBranchId} aria-label={t("party-dues-ledger.branch")} />
            </div>
          </Form.Item>
        )}
        <Form.Item label={t("party-dues-ledger.month")} htmlFor="dues-ledger-month">
          <DatePicker id="dues-ledger-month" picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format("YYYY-MM"))} />
        </Form.Item>
      </Form>
      <Typography.Paragraph data-testid="dues-ledger-summary">
        {t("party-dues-ledger.summary", { owed: yuan(totals.owed), paid: yuan(totals.paid), remaining: yuan(totals.remaining) })}
      </Typography.Paragraph>
      <ScrollRegion label={t("party-dues-ledger.title")}>
      <Table<LedgerRow>
        rowKey="id"
        loading={isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t("party-dues-ledger.empty") }}
        columns={[
          { title: t("party-dues-ledger.columns.name"), dataIndex: "name" },
          { title: t("party-dues-ledger.columns.category"), dataIndex: "category", render: (v?: string) => (v ? baseText.option("category", v) : "") },
          { title: t("party-dues-ledger.columns.base"), dataIndex: "base", align: "right", render: yuan },
          { title: t("party-dues-ledger.columns.owed"), dataIndex: "owed", align: "right", render: yuan },
          { title: t("party-dues-ledger.columns.paid"), dataIndex: "paid", align: "right", render: yuan },
          { title: t("party-dues-ledger.columns.remaining"), dataIndex: "remaining", align: "right", render: yuan },
          { title: t("party-dues-ledger.columns.status"), dataIndex: "status", render: (v: LedgerRow["status"]) => <ValueTag palette={STATUS_TAG[v]}>{t(`party-dues-ledger.status.${v}`)}</ValueTag> },
          {
            title: t("party-dues-ledger.columns.arrears"),
            dataIndex: "duesArrearsMonths",
            render: (months: number) => {
              const flag = selfLapseWarning({ monthsWithoutDues: months });
              return <Space size={4} wrap>{months > 0 && <span>{t("party-dues-ledger.months", { count: months })}</span>}{flag && <WarningBadges warnings={[flag]} />}</Space>;
            },
          },
          {
            title: t("party-dues-ledger.columns.actions"),
            key: "actions",
            render: (_: unknown, row) =>
              row.remaining > 0 && mayRecord(row) ? (
                <Button size="small" onClick={() => setPaying(row)}>
                  {t("party-dues-ledger.record")}
                </Button>
              ) : null,
          },
        ]}
      />
      </ScrollRegion>
      <PaymentModal payments={payments} row={paying} onClose={() => setPaying(undefined)} />
    </List>
  );
}
