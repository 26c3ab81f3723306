import { Checkbox, DatePicker, Input, InputNumber, Rate } from "antd";
import type { FieldDef } from "../../schema/types";
import { FormSelect } from "./FormSelect";
import { RelationSelect } from "./RelationSelect";
import { ItemsInput } from "./ItemsInput";
import { LogInput } from "./LogInput";
import { RosterInput } from "./RosterInput";

export interface FieldInputProps {
  name: string;
  field: FieldDef;
  optionLabel: (field: string, value: string) => string;
  /** Button texts of list inputs (roster). */
  listLabels?: { add: string; remove: string };
  /** Labels of an `items` field's sub-fields. */
  itemLabel?: (sub: string) => string;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
  "aria-label"?: string;
  allowClear?: boolean;
}

/** The antd input of a field kind. Dates travel as ISO strings; Form.Item converts (see formItemProps). */
export function FieldInput({ name, field, optionLabel, listLabels, itemLabel, ...props }: FieldInputProps) {
  const options = () => (field.values ?? []).map((value) => ({ value, label: optionLabel(name, value) }));
  const common = props as Record<string, unknown>;
  switch (field.kind) {
    case "textarea":
      return <Input.TextArea {...common} rows={3} showCount={!!field.maxLength} maxLength={field.maxLength} />;
    case "number":
    case "money":
    case "percent":
      return (
        <InputNumber
          {...common}
          style={{ width: "100%" }}
          min={field.min}
          max={field.max}
          precision={field.kind === "money" ? 2 : undefined}
          prefix={field.kind === "money" ? "¥" : undefined}
          suffix={field.kind === "percent" ? "%" : undefined}
        />
      );
    case "rating":
      return <Rate {...common} />;
    case "date":
      return <DatePicker {...common} style={{ width: "100%" }} />;
    case "datetime":
      return <DatePicker {...common} showTime style={{ width: "100%" }} />;
    case "enum":
      return <FormSelect {...common} allowClear options={options()} />;
    case "multi-enum":
      return <FormSelect {...common} mode="multiple" options={options()} />;
    case "tags":
      return <FormSelect {...common} mode="tags" />;
    case "boolean":
      return <Checkbox {...common} checked={!!props.value} onChange={(e) => props.onChange?.(e.target.checked)} />;
    case "relation":
    case "multi-relation":
      return <RelationSelect {...props} field={field} allowClear />;
    case "roster":
      return (
        <RosterInput
          {...(props as object)}
          name={name}
          field={field}
          optionLabel={optionLabel}
          addLabel={listLabels?.add ?? "+"}
          removeLabel={listLabels?.remove ?? "-"}
        />
      );
    case "items":
      return (
        <ItemsInput
          {...(props as object)}
          name={name}
          field={field}
          optionLabel={optionLabel}
          itemLabel={itemLabel ?? ((sub) => sub)}
          addLabel={listLabels?.add ?? "+"}
          removeLabel={listLabels?.remove ?? "-"}
        />
      );
    case "log":
      return <LogInput {...(props as object)} addLabel={listLabels?.add ?? "+"} removeLabel={listLabels?.remove ?? "-"} />;
    case "phone":
      return <Input {...common} inputMode="tel" autoComplete="off" maxLength={11} />;
    case "id-card":
      return <Input {...common} autoComplete="off" maxLength={18} />;
    case "email":
      return <Input {...common} type="email" />;
    default:
      // A write-only text (a password) is typed unseen, and the browser does not fill in the signed-in person's own.
      return field.writeOnly ? <Input.Password {...common} autoComplete="new-password" /> : <Input {...common} />;
  }
}
