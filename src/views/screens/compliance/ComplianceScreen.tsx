import { List } from "@refinedev/antd";
import { Alert, Button, Form, Select, Space, Table, Tag } from "antd";
import { useMemo, useState } from "react";
import type { ComplianceRow } from "../../../domain/compliance";
import { ACTIVITY_KINDS, type CellState } from "../../../domain/organizationalLife";
import { usePartyConfig } from "../../context/PartyContext";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { PageLoading } from "../../PageLoading";
import { todayIso } from "../../form/today";
import { CELL_STYLE } from "./cellStyle";
import { ComplianceCell } from "./ComplianceCell";
import { cellShort, cellWords, complianceExport, type CellText } from "./complianceTable";
import { meetingsLink } from "./meetingsLink";
import { useCompliance } from "./useCompliance";
import { PageTitle } from "../../PageTitle";

const STATES: CellState[] = ["held", "missing", "due"];

/** Branches × months of a year: which required activities each branch held, missed, or still has to hold. */
export default function ComplianceScreen() {
  const { resource: meetings } = useEffectiveResource("meetings");
  const { resource: branches } = useEffectiveResource("branches");
  const meetingText = useFieldText(meetings);
  const branchText = useFieldText(branches);
  const { t } = meetingText;
  const { routePrefix } = usePartyConfig();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [kind, setKind] = useState<string | undefined>();
  const [branchType, setBranchType] = useState<string | undefined>();
  const { report, isLoading, isError } = useCompliance({ year, kind, branchType });
  const [exporting, setExporting] = useState(false);

  const text: CellText = useMemo(() => ({ state: (s) => t(`party.compliance.state.${s}`), kind: (k) => meetingText.option("kind", k) }), [t, meetingText]);
  const month = (m: number) => t("party.compliance.month", { month: m });

  const columns = useMemo(
    () => [
      {
        title: t("party.compliance.branch"),
        dataIndex: "name",
        key: "name",
        fixed: "left" as const,
        width: 180,
        render: (name: string, row: ComplianceRow) => (
          <span>
            {name}
            {row.missing > 0 && <span style={{ color: CELL_STYLE.missing.color }}>{` ✗${row.missing}`}</span>}
          </span>
        ),
      },
      ...Array.from({ length: 12 }, (_, i) => ({
        title: month(i + 1),
        key: `m${i + 1}`,
        width: 84,
        render: (_: unknown, row: ComplianceRow) => {
          const cell = row.months[i];
          const words = cellWords(cell, text);
          return (
            <ComplianceCell
              cell={cell}
              short={cellShort(cell, text)}
              words={words}
              label={t("party.compliance.cellLabel", { branch: row.name, month: i + 1, state: words })}
              to={meetingsLink(routePrefix, row.branchId, cell.from, cell.to, kind)}
              cellId={`${String(row.branchId)}-${i + 1}`}
            />
          );
        },
      })),
      { title: t("party.compliance.missing"), dataIndex: "missing", key: "missing", width: 72, sorter: (a: ComplianceRow, b: ComplianceRow) => a.missing - b.missing },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, text, routePrefix, kind],
  );

  if (!meetings || !branches) return <PageLoading />;

  const exportExcel = async () => {
    if (!report) return;
    setExporting(true);
    try {
      const { toXlsx, download } = await import("../../transfer/writeFile");
      const title = t("party.compliance.title");
      const table = complianceExport(
        report,
        { branch: t("party.compliance.branch"), typeLabel: t("party.compliance.branchType"), type: (v) => branchText.option("type", v), month, missing: t("party.compliance.missing") },
        text,
      );
      download(await toXlsx(table, `${year}`), `${title}-${year}.xlsx`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <List
      title={<PageTitle>{t("party.compliance.title")}</PageTitle>}
      headerButtons={
        <Button onClick={() => void exportExcel()} loading={exporting} disabled={!report}>
          {t("party.compliance.export")}
        </Button>
      }
    >
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label={t("party.compliance.year")} htmlFor="compliance-year">
          <Select id="compliance-year" style={{ width: 100 }} value={year} onChange={setYear} options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <Form.Item label={t("party.compliance.kind")} htmlFor="compliance-kind">
          <Select
            id="compliance-kind"
            style={{ width: 200 }}
            value={kind ?? ""}
            onChange={(v) => setKind(v || undefined)}
            options={[{ value: "", label: t("party.compliance.allKinds") }, ...ACTIVITY_KINDS.map((k) => ({ value: k, label: meetingText.option("kind", k) }))]}
          />
        </Form.Item>
        <Form.Item label={t("party.compliance.branchType")} htmlFor="compliance-type">
          <Select
            id="compliance-type"
            style={{ width: 160 }}
            value={branchType ?? ""}
            onChange={(v) => setBranchType(v || undefined)}
            options={[{ value: "", label: t("party.compliance.allTypes") }, ...(branches.fields.type.values ?? []).map((v) => ({ value: v, label: branchText.option("type", v) }))]}
          />
        </Form.Item>
      </Form>
      <Space wrap style={{ marginBottom: 12 }} aria-label={t("party.compliance.legend")} role="group">
        {STATES.map((state) => (
          <Tag key={state} style={{ color: CELL_STYLE[state].color, background: CELL_STYLE[state].background, borderColor: CELL_STYLE[state].border }}>
            <span aria-hidden>{CELL_STYLE[state].symbol} </span>
            {t(`party.compliance.state.${state}`)}
          </Tag>
        ))}
      </Space>
      {isError && <Alert type="error" showIcon message={t("party.errors.server")} style={{ marginBottom: 12 }} />}
      <Table<ComplianceRow>
        rowKey={(row) => String(row.branchId)}
        loading={isLoading}
        dataSource={report?.rows ?? []}
        columns={columns}
        pagination={false}
        size="small"
        scroll={{ x: 180 + 12 * 84 + 72 }}
        locale={{ emptyText: t("party.compliance.empty") }}
      />
    </List>
  );
}
