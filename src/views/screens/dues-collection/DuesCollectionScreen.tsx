import { List } from "@refinedev/antd";
import { Button, DatePicker, Form, Table, Tooltip } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { todayIso } from "../../form/today";
import { useFieldText } from "../../hooks/useFieldText";
import { download, toXlsx } from "../../transfer/writeFile";
import { collectionTable, percent } from "./collectionTable";
import { useCollection, type CollectionRow } from "./useCollection";
import { PageTitle } from "../../PageTitle";
import { ScrollRegion } from "../../ScrollRegion";

/** 党费收缴率: each branch's rate by month and the hospital's, exported to Excel for the finance office. */
export default function DuesCollectionScreen() {
  const { t } = useFieldText(undefined);
  const [year, setYear] = useState(Number(todayIso().slice(0, 4)));
  const { rows, isLoading, branchName } = useCollection(year);
  const months = rows[0]?.months ?? [];
  const label = (row: CollectionRow) => (row.branchId === null ? t("party-dues-collection.hospital") : branchName(row.branchId));

  const exportSheet = async () => {
    const table = collectionTable(rows, { branch: t("party-dues-collection.branch"), hospital: t("party-dues-collection.hospital"), month: (m) => m, branchName });
    download(await toXlsx(table, t("party-dues-collection.sheet")), `${t("party-dues-collection.sheet")}-${year}.xlsx`);
  };

  return (
    <List
      title={<PageTitle>{t("party-dues-collection.title")}</PageTitle>}
      canCreate={false}
      headerButtons={
        <Button onClick={() => void exportSheet()} disabled={!rows.length}>
          {t("party-dues-collection.export")}
        </Button>
      }
    >
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t("party-dues-collection.year")} htmlFor="dues-collection-year">
          <DatePicker id="dues-collection-year" picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(d) => d && setYear(d.year())} />
        </Form.Item>
      </Form>
      {/* Twelve months are wider than a phone: the table scrolls sideways in a region the keyboard can reach. */}
      <ScrollRegion label={t("party-dues-collection.title")}>
        <Table<CollectionRow>
          rowKey="id"
          loading={isLoading}
          dataSource={rows}
          pagination={false}
          rowClassName={(row) => (row.branchId === null ? "party-dues-hospital" : "")}
          columns={[
            { title: t("party-dues-collection.branch"), key: "branch", render: (_: unknown, row) => (row.branchId === null ? <strong>{label(row)}</strong> : label(row)) },
            ...months.map((m) => ({
              title: m,
              key: m,
              align: "right" as const,
              render: (_: unknown, row: CollectionRow) => {
                const cell = row.cells[m];
                const shown = percent(cell);
                return shown ? <Tooltip title={t("party-dues-collection.cellTitle", { ...cell })}>{t("party-dues-collection.rate", { rate: shown })}</Tooltip> : t("party-dues-collection.noneOwed");
              },
            })),
          ]}
        />
      </ScrollRegion>
    </List>
  );
}
