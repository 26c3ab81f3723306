import { Button, Form } from "antd";
import type { FieldDef } from "../../schema/types";

interface Props {
  name: string;
  field: FieldDef;
  label: (value: string) => string;
  accept: string;
}

/** Under a field: the value the rules suggest from the rest of the form, one click to take it. */
export function SuggestionHint({ name, field, label, accept }: Props) {
  const form = Form.useFormInstance();
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const suggested = values && field.suggest?.(values);
  if (suggested === undefined || suggested === null || suggested === values?.[name]) return null;
  return (
    <div>
      {label(String(suggested))}{" "}
      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => form.setFieldValue(name, suggested)}>
        {accept}
      </Button>
    </div>
  );
}
