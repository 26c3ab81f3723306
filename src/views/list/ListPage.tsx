import { List, useTable } from "@refinedev/antd";
import type { BaseRecord } from "@refinedev/core";
import { Table } from "antd";
import { Suspense, useEffect, useMemo, useState, type ReactElement } from "react";
import { fieldsFor } from "../../schema/defineResource";
import type { EffectiveResource } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { RelationRecordsProvider } from "../fields/RelationRecords";
import { useAccess } from "../hooks/useAccess";
import { useFieldText } from "../hooks/useFieldText";
import { ResourcePageTitle } from "../PageTitle";
import { withCurrentResource } from "../withCurrentResource";
import { ColumnChooser } from "./ColumnChooser";
import { FilterBar } from "./FilterBar";
import { ListToolbar } from "./ListToolbar";
import { relationIdsByTarget } from "./relationIds";
import { SelectAllCheckbox } from "./SelectAllCheckbox";
import { toCrudFilters, toFilterValues } from "./filters";
import { useColumnChoice } from "./useColumnChoice";
import { useListColumns } from "./useListColumns";
import { useRowDelete } from "./useRowDelete";
import { listTableOptions } from "./tableOptions";
import { LIST_PANELS } from "./panels";
import { asLinks } from "../buttons/RouteButtons";

/** The list of any resource: server-side paging, sorting, filters and search, all in the URL. */
export default withCurrentResource(SchemaList);

function SchemaList({ resource }: { resource: EffectiveResource }) {
  const text = useFieldText(resource);
  const { tableProps, searchFormProps, sorters, filters } = useTable<BaseRecord>({
    ...listTableOptions(resource),
    onSearch: (values) => toCrudFilters(resource, values as Record<string, unknown>),
  });
  const [initialFilters] = useState(() => toFilterValues(resource, filters));
  // On mount, useTable copies each URL filter's raw value into the form field of that name: a date
  // range (two filters) would become its first date as a string, a yes/no filter the text "true".
  // Declared after useTable, this runs after its effect and puts the filter bar's own values back.
  const form = searchFormProps.form;
  useEffect(() => form?.setFieldsValue(initialFilters), [form, initialFilters]);
  const { hidden, toggle } = useColumnChoice(resource.name);
  const allowed = useAccess(resource.name);
  const { routePrefix } = usePartyConfig();
  const rowDelete = useRowDelete(resource.name);
  const { columns, choosable } = useListColumns(resource, text, sorters, hidden, allowed, rowDelete, `${routePrefix}/${resource.name}`);
  const [selected, setSelected] = useState<React.Key[]>([]);
  const rows = tableProps.dataSource;
  const Panel = resource.listPanel ? LIST_PANELS[resource.listPanel] : undefined;
  const relationIds = useMemo(() => relationIdsByTarget(resource, fieldsFor(resource, "list"), rows ?? []), [resource, rows]);

  return (
    <List
      title={<ResourcePageTitle action="list" />}
      headerButtons={({ defaultButtons }) => (
        <ListToolbar resource={resource} filters={filters} sorters={sorters} selected={selected} onDeleted={() => setSelected([])}>
          {asLinks(defaultButtons)}
          <ColumnChooser columns={choosable} hidden={hidden} onToggle={toggle} label={text.t("party.list.columns")} />
        </ListToolbar>
      )}
    >
      {Panel && (
        <Suspense fallback={null}>
          <Panel />
        </Suspense>
      )}
      <FilterBar resource={resource} text={text} formProps={searchFormProps} initialValues={initialFilters} />
      <RelationRecordsProvider idsByTarget={relationIds}>
        <Table
          {...tableProps}
          rowKey="id"
          columns={columns}
          scroll={{ x: "max-content" }}
          rowSelection={
            allowed("delete")
              ? {
                  selectedRowKeys: selected,
                  onChange: setSelected,
                  // Each checkbox names its row ("选择 沈浩宇"); antd's own names none, and its
                  // select-all one only in English.
                  getCheckboxProps: (record) => ({
                    disabled: !allowed("delete", record),
                    "aria-label": text.t("party.list.selectRow", { name: String(record[resource.titleField] ?? record.id) }),
                  }),
                  columnTitle: (checkbox) => <SelectAllCheckbox checkbox={checkbox as ReactElement<{ tabIndex?: number }>} label={text.t("party.list.selectAll")} />,
                }
              : undefined
          }
          pagination={{
            ...tableProps.pagination,
            showSizeChanger: true,
            showTotal: (total) => text.t("party.list.total", { total }),
          }}
        />
      </RelationRecordsProvider>
    </List>
  );
}
