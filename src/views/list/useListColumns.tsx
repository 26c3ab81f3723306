import { getDefaultSortOrder } from "@refinedev/antd";
import type { BaseKey, BaseRecord, CrudSort } from "@refinedev/core";
import type { ColumnsType } from "antd/es/table";
import { useMemo } from "react";
import { fieldsFor } from "../../schema/defineResource";
import type { EffectiveResource } from "../../schema/types";
import { FieldValue } from "../fields/FieldValue";
import { WarningBadges } from "../fields/WarningBadges";
import { todayIso } from "../form/today";
import type { useFieldText } from "../hooks/useFieldText";
import { RowActions } from "./RowActions";

/** Table columns from the schema's list view, minus the ones a person hid, plus row actions. */
export function useListColumns(
  resource: EffectiveResource,
  text: ReturnType<typeof useFieldText>,
  sorters: CrudSort[],
  hidden: string[],
  allowed: (action: "edit" | "delete", record: BaseRecord) => boolean,
  rowDelete: { remove: (id: BaseKey) => void; deletingId?: BaseKey },
  routeBase: string,
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
    const labels = { show: text.t("buttons.show"), edit: text.t("buttons.edit"), delete: text.t("buttons.delete"), confirm: text.t("buttons.confirm"), cancel: text.t("buttons.cancel") };
    const { remove, deletingId } = rowDelete;
    columns.push({
      key: "actions",
      title: text.t("table.actions"),
      fixed: "right",
      render: (_: unknown, record: BaseRecord) => {
        const id = record.id!;
        return (
          <RowActions
            showUrl={`${routeBase}/show/${id}`}
            editUrl={!resource.readOnly && allowed("edit", record) ? `${routeBase}/edit/${id}` : undefined}
            onDelete={!resource.readOnly && allowed("delete", record) ? () => remove(id) : undefined}
            deleting={deletingId !== undefined && String(deletingId) === String(id)}
            labels={labels}
          />
        );
      },
    });
    const choosable = names.map((name) => ({ key: name, title: text.label(name) }));
    if (warningsOf) choosable.push({ key: "warnings", title: text.t("party.list.warnings") });
    return { columns, choosable };
  }, [resource, text, sorters, hidden, allowed, rowDelete, routeBase]);
}
