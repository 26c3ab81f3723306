import { DeleteButton, EditButton, getDefaultSortOrder, ShowButton } from "@refinedev/antd";
import type { BaseRecord, CrudSort, OpenNotificationParams } from "@refinedev/core";
import { Space } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo } from "react";
import { fieldsFor } from "../../schema/defineResource";
import type { EffectiveResource } from "../../schema/types";
import { FieldValue } from "../fields/FieldValue";
import { WarningBadges } from "../fields/WarningBadges";
import { todayIso } from "../form/today";
import type { useFieldText } from "../hooks/useFieldText";

/** Table columns from the schema's list view, minus the ones a person hid, plus row actions. */
export function useListColumns(
  resource: EffectiveResource,
  text: ReturnType<typeof useFieldText>,
  sorters: CrudSort[],
  hidden: string[],
  allowed: (action: "edit" | "delete", record: BaseRecord) => boolean,
  errorNotification: (error?: unknown) => OpenNotificationParams,
): { columns: ColumnsType<BaseRecord>; choosable: { key: string; title: string }[] } {
  return useMemo(() => {
    const names = fieldsFor(resource, "list");
    const yesNo: [string, string] = [text.t("party.common.yes"), text.t("party.common.no")];
    const columns: ColumnsType<BaseRecord> = names
      .filter((name) => !hidden.includes(name))
      .map((name, index) => {
        const field = resource.fields[name];
        return {
          key: name,
          dataIndex: name,
          title: text.label(name),
          sorter: field.sort ? { multiple: 1 } : undefined,
          sortOrder: field.sort ? getDefaultSortOrder(name, sorters) : undefined,
          fixed: index === 0 ? ("left" as const) : undefined,
          render: (value: unknown, record: BaseRecord) => (
            <FieldValue name={name} field={field} value={value} optionLabel={text.option} yesNo={yesNo} lng={text.lng} record={record} />
          ),
        };
      });
    const warningsOf = resource.warnings;
    if (warningsOf && !hidden.includes("warnings")) {
      const today = todayIso();
      // Right after the record's name, where a secretary looks first.
      columns.splice(1, 0, {
        key: "warnings",
        title: text.t("party.list.warnings"),
        render: (_: unknown, record: BaseRecord) => <WarningBadges warnings={warningsOf(record, today)} />,
      });
    }
    columns.push({
      key: "actions",
      title: text.t("table.actions"),
      fixed: "right",
      render: (_: unknown, record: BaseRecord) => (
        <Space size={0}>
          <ShowButton hideText size="small" recordItemId={record.id} aria-label={text.t("buttons.show")} />
          <EditButton hideText size="small" recordItemId={record.id} aria-label={text.t("buttons.edit")} hidden={!allowed("edit", record)} />
          <DeleteButton hideText size="small" recordItemId={record.id} aria-label={text.t("buttons.delete")} hidden={!allowed("delete", record)} mutationMode="undoable" errorNotification={errorNotification} />
        </Space>
      ),
    });
    const choosable = names.map((name) => ({ key: name, title: text.label(name) }));
    if (warningsOf) choosable.push({ key: "warnings", title: text.t("party.list.warnings") });
    return { columns, choosable };
  }, [resource, text, sorters, hidden, allowed, errorNotification]);
}
