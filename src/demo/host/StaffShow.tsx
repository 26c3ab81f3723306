import { Show } from "@refinedev/antd";
import { useShow, useTranslate } from "@refinedev/core";
import { Descriptions } from "antd";
import { PageHeading } from "./PageHeading";

export default function StaffShow() {
  const t = useTranslate();
  const { query } = useShow();
  const record = query.data?.data;
  return (
    <Show title={<PageHeading>{t("members.titles.show")}</PageHeading>} goBack={false} isLoading={query.isLoading}>
      <Descriptions bordered column={1}>
        {["employeeNo", "name", "department", "position"].map((field) => (
          <Descriptions.Item key={field} label={t(`members.fields.${field}`)}>
            {String(record?.[field] ?? "")}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Show>
  );
}
