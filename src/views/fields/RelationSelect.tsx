import { useSelect } from "@refinedev/antd";
import { useState } from "react";
import { resourceIdentifier } from "../../schema/i18nKeys";
import type { FieldDef } from "../../schema/types";
import { usePartyConfig } from "../context/PartyContext";
import { FormSelect } from "./FormSelect";

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
  // Options are fetched when the person opens the select, not with every page that shows one;
  // the chosen value's label is fetched on its own (by id).
  const [opened, setOpened] = useState(false);
  const { selectProps } = useSelect({
    resource: resourceIdentifier(field.target!),
    dataProviderName,
    optionLabel: labelField as never,
    optionValue: "id" as never,
    defaultValue: value as never,
    pagination: { pageSize: 20, mode: "server" },
    debounce: 300,
    queryOptions: { enabled: opened },
    defaultValueQueryOptions: { enabled: value !== undefined && value !== null && value !== "" },
    onSearch: (text) => [{ field: `${labelField}_like`, operator: "eq", value: text }],
  });
  return (
    <FormSelect
      {...selectProps}
      {...rest}
      value={value as never}
      mode={field.kind === "multi-relation" ? "multiple" : undefined}
      showSearch
      filterOption={false}
      onOpenChange={(open) => open && setOpened(true)}
    />
  );
}
