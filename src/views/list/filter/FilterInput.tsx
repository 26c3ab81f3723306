import { Input, InputNumber } from "antd";
import type { FieldDef } from "../../../schema/types";
import { FormSelect } from "../../fields/FormSelect";
import { RelationSelect } from "../../fields/RelationSelect";

interface Props {
  name: string;
  field: FieldDef;
  optionLabel: (field: string, value: string) => string;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
}

const WIDTH = { display: "inline-block", width: 160 };

/**
 * One value to filter by: a choice, a related record, a number or text. Not the form's FieldInput,
 * whose every kind (date pickers, ratings, lists) would load with the first list a person opens.
 */
export function FilterInput({ name, field, optionLabel, ...props }: Props) {
  const common = { ...props, style: WIDTH } as Record<string, unknown>;
  switch (field.kind) {
    case "enum":
    case "multi-enum":
      return <FormSelect {...common} allowClear options={(field.values ?? []).map((value) => ({ value, label: optionLabel(name, value) }))} />;
    case "relation":
    case "multi-relation":
      return (
        <span style={WIDTH}>
          <RelationSelect {...props} field={{ ...field, kind: "relation" }} allowClear />
        </span>
      );
    case "number":
    case "money":
    case "percent":
    case "rating":
      return <InputNumber {...common} />;
    default:
      return <Input {...common} allowClear />;
  }
}
