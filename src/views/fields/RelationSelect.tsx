import { useSelect } from "@refinedev/antd";
import { Select } from "antd";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { FieldDef } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";

interface Props {
  field: FieldDef;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
  placeholder?: string;
  allowClear?: boolean;
  "aria-label"?: string;
}

/** A searchable select over a related resource: it asks the server as you type, 20 at a time. */
export function RelationSelect({ field, value, ...rest }: Props) {
  const { dataProviderName } = usePartyConfig();
  const labelField = field.labelField ?? "name";
  const { selectProps } = useSelect({
    resource: resourceIdentifier(field.target!),
    dataProviderName,
    optionLabel: labelField as never,
    optionValue: "id" as never,
    defaultValue: value as never,
    pagination: { pageSize: 20, mode: "server" },
    debounce: 300,
    onSearch: (text) => [{ field: `${labelField}_like`, operator: "eq", value: text }],
  });
  return (
    <Select
      {...selectProps}
      {...rest}
      value={value as never}
      mode={field.kind === "multi-relation" ? "multiple" : undefined}
      showSearch
      filterOption={false}
    />
  );
}
