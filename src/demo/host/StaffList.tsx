import { List, ShowButton, useTable } from "@refinedev/antd";
import { useTranslate, type BaseRecord } from "@refinedev/core";
import { Form, Input, Table } from "antd";
import { PageHeading } from "./PageHeading";

/** The host's own "members" screen (hospital staff), hand-written as a host would. */
export default function StaffList() {
  const t = useTranslate();
  const { tableProps, searchFormProps } = useTable<BaseRecord>({
    syncWithLocation: true,
    onSearch: (values) => [{ field: "q", operator: "eq", value: (values as { q?: string }).q || undefined }],
  });
  return (
    <List title={<PageHeading>{t("members.titles.list")}</PageHeading>}>
      <Form {...searchFormProps} layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item name="q" label={t("members.search")}>
          <Input.Search allowClear onSearch={() => searchFormProps.form?.submit()} />
        </Form.Item>
      </Form>
      <Table {...tableProps} rowKey="id" scroll={{ x: "max-content" }}>
        <Table.Column dataIndex="employeeNo" title={t("members.fields.employeeNo")} />
        <Table.Column dataIndex="name" title={t("members.fields.name")} />
        <Table.Column dataIndex="department" title={t("members.fields.department")} />
        <Table.Column dataIndex="position" title={t("members.fields.position")} />
        <Table.Column
          title={t("table.actions")}
          render={(_, record: BaseRecord) => <ShowButton hideText size="small" recordItemId={record.id} aria-label={t("buttons.show")} />}
        />
      </Table>
    </List>
  );
}
