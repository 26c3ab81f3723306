import { FilterOutlined, SearchOutlined } from "@ant-design/icons";
import { Button, Form, Grid, Input, Select, type FormProps } from "antd";
import { useState } from "react";
import { isDateKind } from "../../schema/defineResource";
import type { EffectiveResource } from "../../schema/types";
import type { useFieldText } from "../hooks/useFieldText";
import { DateRangeFilter } from "./filter/DateRangeFilter";
import { FilterInput } from "./filter/FilterInput";
import { filterFields, KEYWORD } from "./filters";

interface Props {
  resource: EffectiveResource;
  text: ReturnType<typeof useFieldText>;
  formProps: FormProps;
  initialValues: Record<string, unknown>;
}

/** Keyword search and one filter per filterable field; on a phone the field filters fold away. */
export function FilterBar({ resource, text, formProps, initialValues }: Props) {
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const active = filterFields(resource).some((name) => initialValues[name] !== undefined);
  const [open, setOpen] = useState(active);
  const showFields = !phone || open;
  const yesNo = [
    { value: true, label: text.t("party.common.yes") },
    { value: false, label: text.t("party.common.no") },
  ];
  return (
    <Form {...formProps} layout="inline" initialValues={initialValues} style={{ rowGap: 8, marginBottom: 16 }}>
      <Form.Item name={KEYWORD} label={text.t("party.list.keyword")}>
        <Input allowClear placeholder={text.t("party.list.keywordPlaceholder")} style={{ width: 200 }} />
      </Form.Item>
      {phone && (
        <Form.Item>
          <Button icon={<FilterOutlined />} onClick={() => setOpen(!open)} aria-expanded={open}>
            {text.t(open ? "party.list.fewerFilters" : "party.list.moreFilters")}
          </Button>
        </Form.Item>
      )}
      {filterFields(resource).map((name) => {
        const field = resource.fields[name];
        return (
          <Form.Item key={name} name={name} label={text.label(name)} hidden={!showFields}>
            {isDateKind(field) ? (
              <DateRangeFilter />
            ) : field.kind === "boolean" ? (
              <Select allowClear options={yesNo} style={{ width: 100 }} />
            ) : (
              <FilterInput name={name} field={field} optionLabel={text.option} />
            )}
          </Form.Item>
        );
      })}
      <Form.Item>
        <Button htmlType="submit" type="primary" icon={<SearchOutlined />}>
          {text.t("party.list.search")}
        </Button>
      </Form.Item>
    </Form>
  );
}
