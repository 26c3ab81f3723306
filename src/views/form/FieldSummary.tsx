import { Form } from "antd";
import type { FieldDef } from "../../schema/types";

/** Under a field: a line the schema computes from the whole form as it is typed (e.g. 应到 / 实到, quorum). */
export function FieldSummary({ field, translate }: { field: FieldDef; translate: (key: string, params?: Record<string, string | number>) => string }) {
  const form = Form.useFormInstance();
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const line = values && field.summary?.(values);
  return line ? <div role="status">{translate(line.key, line.params ?? {})}</div> : null;
}
