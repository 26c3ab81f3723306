import { List } from "@refinedev/antd";
import { Select, Space, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { fieldsFor } from "../../../schema/defineResource";
import { resourceIdentifier } from "../../../schema/i18nKeys";
import type { EffectiveResource } from "../../../schema/types";
import { usePartyConfig } from "../../context/PartyContext";
import { RelationRecordsProvider } from "../../fields/RelationRecords";
import { todayIso } from "../../form/today";
import { useEffectiveResource } from "../../hooks/useEffectiveResource";
import { useFieldText } from "../../hooks/useFieldText";
import { relationIdsByTarget } from "../../list/relationIds";
import { useListColumns } from "../../list/useListColumns";
import { useRowDelete } from "../../list/useRowDelete";
import { PageLoading } from "../../PageLoading";
import { ExportButton } from "../../transfer/ExportButton";
import { selectableYears } from "./overviewYears";
import { useConsortiumOverview } from "./useConsortiumOverview";
import { PageTitle } from "../../PageTitle";

const OVERVIEW = "consortium-overview";
const YEAR_SELECT_ID = "consortium-overview-year";
const readOnly = () => false;

/** 医联体工作概览: per member institution, one year's postings, days covered, activities by kind, people served and quota warnings. */
export default function ConsortiumOverviewPage() {
  const { resource } = useEffectiveResource(OVERVIEW);
  if (!resource) return <PageLoading />;
  return <Overview resource={resource} />;
}

function Overview({ resource }: { resource: EffectiveResource }) {
  const text = useFieldText(resource);
  const { routePrefix } = usePartyConfig();
  const years = useMemo(() => selectableYears(todayIso()), []);
  const [year, setYear] = useState(years[0]);
  const { tableProps, filters, sorters } = useConsortiumOverview(resource, year);
  const rowDelete = useRowDelete(resource.name);
  const hidden = useMemo(() => ["year"], []);
  const { columns } = useListColumns(resource, text, sorters, hidden, readOnly, rowDelete, `${routePrefix}/${resource.name}`);
  const rows = tableProps.dataSource;
  const relationIds = useMemo(() => relationIdsByTarget(resource, fieldsFor(resource, "list"), rows ?? []), [resource, rows]);

  return (
    <List
      title={<PageTitle>{text.t(`${resourceIdentifier(resource.name)}.titles.list`)}</PageTitle>}
      headerButtons={<ExportButton resource={resource} filters={filters} sorters={sorters} />}
    >
      <Space align="center" wrap style={{ marginBottom: 16 }}>
        <Typography.Text strong>
          <label htmlFor={YEAR_SELECT_ID}>{text.label("year")}</label>
        </Typography.Text>
        <Select
          id={YEAR_SELECT_ID}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
        />
      </Space>
      <RelationRecordsProvider idsByTarget={relationIds}>
        <Table {...tableProps} rowKey="id" columns={columns} scroll={{ x: "max-content" }} pagination={{ ...tableProps.pagination, hideOnSinglePage: true }} />
      </RelationRecordsProvider>
    </List>
  );
}
